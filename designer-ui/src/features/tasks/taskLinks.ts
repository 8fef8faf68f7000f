import type { WorkTask } from './types';

/** The page of the record a task is about, or null when it is about none. */
export function recordLink(task: Pick<WorkTask, 'entity' | 'recordId'>): string | null {
  if (!task.entity || task.recordId == null) return null;
  return `/entities/${encodeURIComponent(task.entity)}/records/${task.recordId}`;
}

/** How urgent a task looks: the server decides due-today and overdue by its own clock and time zone. */
export function dueState(task: Pick<WorkTask, 'status' | 'dueAt' | 'dueToday' | 'overdue'>): 'done' | 'overdue' | 'today' | 'later' | 'none' {
  if (task.status === 'done') return 'done';
  if (task.overdue) return 'overdue';
  if (task.dueToday) return 'today';
  return task.dueAt ? 'later' : 'none';
}

/** The unread count from one `unread` stream event, or null when the data is not one. */
export function parseUnread(data: unknown): number | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === 'object' && parsed !== null && 'unread' in parsed) {
      const unread = (parsed as { unread: unknown }).unread;
      return typeof unread === 'number' && Number.isInteger(unread) && unread >= 0 ? unread : null;
    }
  } catch {
    return null;
  }
  return null;
}
