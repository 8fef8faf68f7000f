import { useQuery } from '@tanstack/react-query';
import { formulaApi, isActive, recomputeKeys } from './formulaApi';

/** The formula field's latest recompute job, asked for again every second while it is queued or running. */
export function useRecomputeJob(entity: string, field: string) {
  return useQuery({
    queryKey: recomputeKeys.field(entity, field),
    queryFn: () => formulaApi.latestJob(entity, field),
    refetchInterval: (query) => (isActive(query.state.data) ? 1000 : false),
  });
}
