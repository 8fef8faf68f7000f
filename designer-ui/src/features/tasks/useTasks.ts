import { useQuery } from '@tanstack/react-query';
import { taskKeys, tasksApi } from './tasksApi';
import type { TaskTab } from './types';

/** The signed-in user's tasks on one inbox tab. */
export function useTasks(tab: TaskTab) {
  return useQuery({ queryKey: taskKeys.list(tab), queryFn: () => tasksApi.list(tab) });
}
