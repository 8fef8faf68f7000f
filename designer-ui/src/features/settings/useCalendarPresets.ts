import { useQuery } from '@tanstack/react-query';
import { calendarApi, calendarKeys } from './calendarApi';

/** The holiday lists shipped with the platform; they change only with a new release. */
export function useCalendarPresets(enabled: boolean) {
  return useQuery({ queryKey: calendarKeys.presets, queryFn: calendarApi.presets, staleTime: Infinity, enabled });
}
