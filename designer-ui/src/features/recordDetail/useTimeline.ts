import { useQuery } from '@tanstack/react-query';
import { recordDetailApi, recordDetailKeys } from './recordDetailApi';

/** The record's life, newest first: changes, stage moves and linked records. */
export function useTimeline(entity: string, id: number) {
  return useQuery({
    queryKey: recordDetailKeys.timeline(entity, id),
    queryFn: () => recordDetailApi.timeline(entity, id),
  });
}
