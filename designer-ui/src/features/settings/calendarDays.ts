import type { CalendarDay, CalendarPreset, CalendarSettings, DayKind, Weekday } from './types';

/** Monday first, as a working week is read. */
export const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const bySundayFirst: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday of a `YYYY-MM-DD` date, read as a calendar date (no time zone can move it). */
export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number);
  return bySundayFirst[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

type Draft = Partial<Pick<CalendarSettings, 'weekend' | 'holidays' | 'workingDays'>>;

/**
 * The same rule the server applies: a listed make-up working day is worked, a listed holiday is not,
 * and any other day follows the weekend. Rows still being filled in (no date yet) are ignored.
 */
export function dayKind(draft: Draft, date: string): DayKind {
  if ((draft.workingDays ?? []).some((day) => day?.date === date)) return 'makeUp';
  if ((draft.holidays ?? []).some((day) => day?.date === date)) return 'holiday';
  return (draft.weekend ?? []).includes(weekdayOf(date)) ? 'weekend' : 'working';
}

export const isWorking = (kind: DayKind) => kind === 'working' || kind === 'makeUp';

/** The listed day of that date in either list, for its name in the preview. */
export function listedDay(draft: Draft, date: string): CalendarDay | undefined {
  return [...(draft.workingDays ?? []), ...(draft.holidays ?? [])].find((day) => day?.date === date);
}

/**
 * Adds a preset's days to the lists. A date the preset lists replaces whatever either list said about
 * it, so loading a corrected preset over an older one leaves no day both off and worked.
 */
export function mergePreset(
  draft: Pick<CalendarSettings, 'holidays' | 'workingDays'>,
  preset: Pick<CalendarPreset, 'holidays' | 'workingDays'>,
): Pick<CalendarSettings, 'holidays' | 'workingDays'> {
  const dates = new Set([...preset.holidays, ...preset.workingDays].map((day) => day.date));
  const keep = (days: CalendarDay[]) => days.filter((day) => !day?.date || !dates.has(day.date));
  return {
    holidays: byDate([...keep(draft.holidays), ...preset.holidays]),
    workingDays: byDate([...keep(draft.workingDays), ...preset.workingDays]),
  };
}

/** Date order; rows without a date yet stay at the end, where they were added. */
export function byDate(days: CalendarDay[]): CalendarDay[] {
  return [...days].sort((a, b) => {
    if (!a?.date || !b?.date) return (a?.date ? 0 : 1) - (b?.date ? 0 : 1);
    return a.date.localeCompare(b.date);
  });
}
