import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { notificationKeys, notificationStreamUrl } from './notificationsApi';
import { parseUnread } from './taskLinks';
import type { NotificationList } from './types';

/**
 * Listens to the server's unread-count stream and re-reads the list when the count changes. Answers
 * whether the stream is connected, so callers can poll while it is not (the browser reconnects by itself).
 */
export function useUnreadStream(): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(notificationStreamUrl, { withCredentials: true });
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener('unread', (event: MessageEvent) => {
      const unread = parseUnread(event.data);
      if (unread === null) return;
      const current = queryClient.getQueryData<NotificationList>(notificationKeys.list);
      if (current?.unread !== unread) void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    });
    return () => source.close();
  }, [queryClient]);

  return connected;
}
