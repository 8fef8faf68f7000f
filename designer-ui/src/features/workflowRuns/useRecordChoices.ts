import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** Records a dry run can pick, narrowed on the server by what the person typed. */
export function useRecordChoices(entity: string | undefined, search: string) {
  return useQuery({
    queryKey: workflowRunKeys.records(entity ?? '', search),
    queryFn: ({ signal }) => workflowRunsApi.records(entity ?? '', search, signal),
    enabled: !!entity,
    placeholderData: keepPreviousData,
  });
}
