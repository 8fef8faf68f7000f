import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay, CalendarSettings } from './types';

type NamePath = (string | number)[];

/**
 * The form items a server error can land on: the week, the hours, each list, and each row's date and
 * name (`holidays[2].date` → `['holidays', 2, 'date']`).
 */
export function errorTargets(values: Partial<CalendarSettings>): NamePath[] {
  const rows = (list: 'holidays' | 'workingDays') =>
    (values[list] ?? []).flatMap((_, index) => [
      [list, index, 'date'],
      [list, index, 'name'],
    ]);
  return [['weekend'], ['dayStart'], ['dayEnd'], ['holidays'], ['workingDays'], ...rows('holidays'), ...rows('workingDays')];
}

/** The body to save: what the form holds, with names trimmed and rows never given a date dropped. */
export function toBody(values: CalendarSettings): CalendarSettings {
  const days = (list: CalendarDay[] | undefined) =>
    (list ?? []).filter((day) => day?.date).map((day) => ({ date: day.date, name: day.name?.trim() || null }));
  return { ...values, weekend: values.weekend ?? [], holidays: days(values.holidays), workingDays: days(values.workingDays) };
}

/** `HH:mm` as the time picker's value; anything else as empty. */
export function parseTime(text: string | undefined): Dayjs | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text ?? '');
  return match ? dayjs().startOf('day').hour(Number(match[1])).minute(Number(match[2])) : null;
}

export const formatTime = (time: Dayjs | null | undefined): string => (time ? time.format('HH:mm') : '');

export const parseDate = (text: string | undefined): Dayjs | null => (text ? dayjs(text) : null);

export const formatDate = (date: Dayjs | null | undefined): string => (date ? date.format('YYYY-MM-DD') : '');
