import { describe, expect, it } from 'vitest';
import { errorTargets, formatTime, parseTime, toBody } from '../calendarForm';
import type { CalendarSettings } from '../types';

const values: CalendarSettings = {
  weekend: ['saturday', 'sunday'],
  holidays: [{ date: '2026-10-01', name: ' 国庆节 ' }, { date: '', name: 'half-filled' }],
  workingDays: [{ date: '2026-10-10', name: '' }],
  dayStart: '09:00',
  dayEnd: '18:00',
};

describe('errorTargets', () => {
  it('names every row of both lists, so a server error lands on its row', () => {
    const targets = errorTargets(values).map((path) => path.join('.'));
    expect(targets).toEqual(
      expect.arrayContaining(['weekend', 'dayStart', 'dayEnd', 'holidays', 'holidays.1.date', 'holidays.1.name', 'workingDays.0.date']),
    );
    expect(targets).not.toContain('workingDays.1.date');
  });
});

describe('toBody', () => {
  it('trims names, sends blank ones as null and drops rows without a date', () => {
    expect(toBody(values)).toEqual({
      weekend: ['saturday', 'sunday'],
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      workingDays: [{ date: '2026-10-10', name: null }],
      dayStart: '09:00',
      dayEnd: '18:00',
    });
  });
});

describe('times', () => {
  it('read and write HH:mm', () => {
    expect(formatTime(parseTime('08:30'))).toBe('08:30');
    expect(parseTime('8:30')).toBeNull();
    expect(formatTime(null)).toBe('');
  });
});
