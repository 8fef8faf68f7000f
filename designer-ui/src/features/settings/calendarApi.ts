import { http } from '../../shared/api';
import type { CalendarPreset, CalendarSettings } from './types';

const url = '/api/settings/calendar';

export const calendarApi = {
  get: () => http<CalendarSettings>(url),
  save: (body: CalendarSettings) => http<CalendarSettings>(url, { method: 'PUT', body }),
  presets: () => http<CalendarPreset[]>(`${url}/presets`),
};

export const calendarKeys = { settings: ['calendar'] as const, presets: ['calendar', 'presets'] as const };
