import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskKeys, tasksApi } from './tasksApi';

/** Marks a task done; every tab is read again, since the task leaves one and joins another. */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => tasksApi.complete(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
