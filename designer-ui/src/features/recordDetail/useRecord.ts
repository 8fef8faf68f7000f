import { useQuery } from '@tanstack/react-query';
import { recordKeys, recordsApi } from '../records';

/** One record with its current version. */
export function useRecord(entity: string, id: number) {
  return useQuery({
    queryKey: recordKeys.one(entity, id),
    queryFn: () => recordsApi.get(entity, id),
    enabled: !!entity && Number.isFinite(id),
  });
}
