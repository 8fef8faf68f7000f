import { useQuery } from '@tanstack/react-query';
import { calendarApi, calendarKeys } from './calendarApi';

/** The saved working calendar; every signed-in user may read it. */
export function useCalendarSettings() {
  return useQuery({ queryKey: calendarKeys.settings, queryFn: calendarApi.get });
}
