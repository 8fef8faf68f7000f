import { useQuery } from '@tanstack/react-query';
import { recordKeys, recordsApi } from './recordsApi';

/** The scores the entity's score rules gave this record at its last save. */
export function useRecordScores(entity: string, id: number | undefined) {
  return useQuery({
    queryKey: recordKeys.scores(entity, id ?? 0),
    queryFn: () => recordsApi.scores(entity, id as number),
    enabled: id !== undefined,
  });
}
