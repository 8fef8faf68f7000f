import { useMutation, useQueryClient } from '@tanstack/react-query';
import { stageKeys, stagesApi } from './stagesApi';

/** Moves the records of one stage to another; the counts are read again afterwards. */
export function useMoveStageRecords(entity: string, field: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, to, reason }: { stage: string; to: string; reason?: string }) =>
      stagesApi.move(entity, field, stage, { to, reason: reason?.trim() || undefined }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: stageKeys.counts(entity, field) }),
  });
}
