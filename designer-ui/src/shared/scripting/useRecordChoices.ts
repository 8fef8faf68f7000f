import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { scriptingApi, scriptingKeys } from './scriptingApi';

/** The records a test can run against, narrowed by what the person typed. */
export function useRecordChoices(entity: string, search: string) {
  return useQuery({
    queryKey: scriptingKeys.records(entity, search),
    queryFn: ({ signal }) => scriptingApi.records(entity, search, signal),
    placeholderData: keepPreviousData,
  });
}
