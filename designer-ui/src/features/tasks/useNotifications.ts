import { useQuery } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from './notificationsApi';

/** How often the list is polled while the live stream is not connected. */
const pollMs = 30_000;

/** The user's newest notifications and unread count; polled only while the live stream is down. */
export function useNotifications(streaming: boolean) {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: notificationsApi.list,
    refetchInterval: streaming ? false : pollMs,
  });
}
