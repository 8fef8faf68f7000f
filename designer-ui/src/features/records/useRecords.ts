import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { recordKeys, recordsApi } from './recordsApi';
import type { ListParams } from './types';

/** One page of records; the previous page stays on screen while the next one loads. */
export function useRecords(entity: string, params: ListParams, enabled = true) {
  return useQuery({
    queryKey: recordKeys.list(entity, params),
    queryFn: ({ signal }) => recordsApi.list(entity, params, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && !!entity,
  });
}
