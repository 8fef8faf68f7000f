/** A to-do for one person, as `/api/tasks` answers it. */
export type WorkTask = {
  id: number;
  title: string;
  description: string | null;
  assigneeId: number;
  dueAt: string | null;
  status: 'open' | 'done';
  doneAt: string | null;
  doneBy: number | null;
  entity: string | null;
  recordId: number | null;
  source: string;
  createdAt: string;
  dueToday: boolean;
  overdue: boolean;
};

/** The inbox tabs, named as the server's `status` filter. */
export type TaskTab = 'open' | 'due' | 'overdue' | 'done';

export type UserNotification = {
  id: number;
  title: string;
  body: string | null;
  link: string | null;
  entity: string | null;
  recordId: number | null;
  readAt: string | null;
  createdAt: string;
};

export type NotificationList = { items: UserNotification[]; unread: number };
