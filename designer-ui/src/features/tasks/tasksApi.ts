import { http } from '../../shared/api';
import type { TaskTab, WorkTask } from './types';

export const tasksApi = {
  list: (status: TaskTab) => http<{ items: WorkTask[] }>('/api/tasks', { query: { assignee: 'me', status } }),
  complete: (id: number) => http<WorkTask>(`/api/tasks/${id}/complete`, { method: 'POST' }),
};

export const taskKeys = { all: ['tasks'] as const, list: (status: TaskTab) => ['tasks', status] as const };
