import { describe, expect, it } from 'vitest';
import { byDate, dayKind, isWorking, listedDay, mergePreset, weekdayOf } from '../calendarDays';
import type { CalendarSettings } from '../types';

const settings: CalendarSettings = {
  weekend: ['saturday', 'sunday'],
  holidays: [{ date: '2026-10-01', name: '国庆节' }],
  workingDays: [{ date: '2026-10-10', name: '国庆节调休' }],
  dayStart: '09:00',
  dayEnd: '18:00',
};

describe('weekdayOf', () => {
  it('names the weekday of a date whatever the browser time zone', () => {
    expect(weekdayOf('2026-10-10')).toBe('saturday');
    expect(weekdayOf('2026-10-12')).toBe('monday');
    expect(weekdayOf('2025-12-31')).toBe('wednesday');
  });
});

describe('dayKind', () => {
  it('marks a listed make-up Saturday as worked', () => {
    expect(dayKind(settings, '2026-10-10')).toBe('makeUp');
    expect(isWorking(dayKind(settings, '2026-10-10'))).toBe(true);
  });

  it('marks a listed holiday on a weekday as a day off', () => {
    expect(dayKind(settings, '2026-10-01')).toBe('holiday');
    expect(isWorking(dayKind(settings, '2026-10-01'))).toBe(false);
  });

  it('follows the weekend for days not listed', () => {
    expect(dayKind(settings, '2026-10-17')).toBe('weekend');
    expect(dayKind(settings, '2026-10-16')).toBe('working');
    expect(dayKind({ ...settings, weekend: ['friday'] }, '2026-10-16')).toBe('weekend');
  });

  it('ignores rows that have no date yet', () => {
    expect(dayKind({ ...settings, holidays: [undefined as never, { date: '' }] }, '2026-10-01')).toBe('working');
  });
});

describe('listedDay', () => {
  it('finds the day in either list', () => {
    expect(listedDay(settings, '2026-10-10')?.name).toBe('国庆节调休');
    expect(listedDay(settings, '2026-10-01')?.name).toBe('国庆节');
    expect(listedDay(settings, '2026-10-02')).toBeUndefined();
  });
});

describe('mergePreset', () => {
  it('adds the preset days in date order and keeps days it does not list', () => {
    const merged = mergePreset(
      { holidays: [{ date: '2026-12-25', name: 'Christmas' }], workingDays: [] },
      { holidays: [{ date: '2026-10-01', name: '国庆节' }], workingDays: [{ date: '2026-10-10', name: '调休' }] },
    );
    expect(merged.holidays.map((day) => day.date)).toEqual(['2026-10-01', '2026-12-25']);
    expect(merged.workingDays.map((day) => day.date)).toEqual(['2026-10-10']);
  });

  it('replaces a date already listed, even in the other list', () => {
    const merged = mergePreset(
      { holidays: [{ date: '2026-10-10', name: 'wrong' }], workingDays: [{ date: '2026-10-01', name: 'wrong' }] },
      { holidays: [{ date: '2026-10-01', name: '国庆节' }], workingDays: [{ date: '2026-10-10', name: '调休' }] },
    );
    expect(merged).toEqual({
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      workingDays: [{ date: '2026-10-10', name: '调休' }],
    });
  });

  it('keeps rows still being filled in, at the end', () => {
    const merged = mergePreset({ holidays: [{ date: '', name: 'new' }], workingDays: [] }, { holidays: [{ date: '2026-10-01' }], workingDays: [] });
    expect(merged.holidays).toEqual([{ date: '2026-10-01' }, { date: '', name: 'new' }]);
  });
});

describe('byDate', () => {
  it('sorts by date', () => {
    expect(byDate([{ date: '2026-02-01' }, { date: '2025-12-31' }]).map((day) => day.date)).toEqual(['2025-12-31', '2026-02-01']);
  });
});
