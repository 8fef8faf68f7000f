import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** Retry (one incident or all) and cancel for one instance; either refreshes every instance view afterwards. */
export function useInstanceActions(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: workflowRunKeys.all });
  const retry = useMutation({ mutationFn: (incidentId?: string) => workflowRunsApi.retry(id, incidentId), onSettled: refresh });
  const cancel = useMutation({ mutationFn: () => workflowRunsApi.cancel(id), onSettled: refresh });
  return { retry, cancel };
}
