import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formulaApi, recomputeKeys } from './formulaApi';

/** Starts recomputing a formula field for every record; the job's progress query takes over. */
export function useStartRecompute(entity: string, field: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => formulaApi.recompute(entity, field),
    onSuccess: (job) => queryClient.setQueryData(recomputeKeys.field(entity, field), job),
  });
}
