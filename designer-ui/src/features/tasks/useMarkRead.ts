import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from './notificationsApi';

/** Marks one notification read, or all of them when called without an id. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: number) => (id === undefined ? notificationsApi.readAll() : notificationsApi.read(id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}
