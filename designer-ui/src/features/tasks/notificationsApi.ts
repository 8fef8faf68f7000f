import { http } from '../../shared/api';
import type { NotificationList } from './types';

/** Where the server pushes the unread count (server-sent events, event name `unread`). */
export const notificationStreamUrl = '/api/notifications/stream';

export const notificationsApi = {
  list: () => http<NotificationList>('/api/notifications'),
  read: (id: number) => http<void>(`/api/notifications/${id}/read`, { method: 'POST' }),
  readAll: () => http<void>('/api/notifications/read-all', { method: 'POST' }),
};

export const notificationKeys = { list: ['notifications'] as const };
