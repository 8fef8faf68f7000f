import { useQuery } from '@tanstack/react-query';
import { isProblem } from '../../shared/api';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** The newest instances about one record; a 403 (not an admin) is an answer, not worth retrying. */
export function useRecordInstances(entity: string, recordId: number) {
  return useQuery({
    queryKey: workflowRunKeys.record(entity, recordId),
    queryFn: ({ signal }) => workflowRunsApi.instances({ entity, recordId }, 20, signal),
    retry: (count, error) => !isProblem(error, 403) && count < 2,
  });
}
