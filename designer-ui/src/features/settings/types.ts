import type { LocalizedText } from '../../shared/i18n';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** A listed day: a public holiday, or a make-up working day (调休上班). Dates are `YYYY-MM-DD`. */
export type CalendarDay = { date: string; name?: string | null };

export type CalendarSettings = {
  weekend: Weekday[];
  holidays: CalendarDay[];
  workingDays: CalendarDay[];
  /** `HH:mm`, local time of the platform's time zone. */
  dayStart: string;
  dayEnd: string;
};

export type CalendarPreset = {
  id: string;
  label: LocalizedText;
  holidays: CalendarDay[];
  workingDays: CalendarDay[];
};

/** How the preview shows a day: `makeUp` is a listed working day, `holiday` a listed day off. */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'makeUp';
