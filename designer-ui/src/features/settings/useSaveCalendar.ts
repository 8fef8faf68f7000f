import { useMutation, useQueryClient } from '@tanstack/react-query';
import { calendarApi, calendarKeys } from './calendarApi';
import type { CalendarSettings } from './types';

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarSettings) => calendarApi.save(body),
    onSuccess: (saved) => queryClient.setQueryData(calendarKeys.settings, saved),
  });
}
