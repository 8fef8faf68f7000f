import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordKeys, recordsApi } from './recordsApi';

/** Create, update, delete and restore records of one entity; each refreshes the listings after. */
export function useRecordMutations(entity: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: recordKeys.entity(entity) });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => recordsApi.create(entity, body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, version, body }: { id: number; version: number; body: Record<string, unknown> }) =>
      recordsApi.update(entity, id, version, body),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: number; version?: number }) => recordsApi.remove(entity, id, version),
    onSuccess: refresh,
  });
  const restore = useMutation({
    mutationFn: (id: number) => recordsApi.restore(entity, id),
    onSuccess: refresh,
  });
  return { create, update, remove, restore };
}
