import { useQuery } from '@tanstack/react-query';
import { recordDetailApi, recordDetailKeys } from './recordDetailApi';

/** The record's moves through its pipelines and the days spent in each stage. */
export function useStageHistory(entity: string, id: number, enabled: boolean) {
  return useQuery({
    queryKey: recordDetailKeys.stages(entity, id),
    queryFn: () => recordDetailApi.stages(entity, id),
    enabled,
  });
}
