import { useQuery } from '@tanstack/react-query';
import { recordKeys, recordsApi } from './recordsApi';

export function useRecordHistory(entity: string, id: number | undefined) {
  return useQuery({
    queryKey: recordKeys.history(entity, id ?? 0),
    queryFn: () => recordsApi.history(entity, id as number),
    enabled: id !== undefined,
  });
}
