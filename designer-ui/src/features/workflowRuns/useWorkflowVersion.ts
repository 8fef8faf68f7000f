import { useQuery } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** One stored version of a definition (the latest, the draft, without `version`); versions never change once stored. */
export function useWorkflowVersion(definitionId: string | undefined, version?: number) {
  return useQuery({
    queryKey: workflowRunKeys.workflow(definitionId ?? '', version),
    queryFn: () => workflowRunsApi.workflow(definitionId ?? '', version),
    enabled: !!definitionId,
    staleTime: version === undefined ? 0 : Infinity,
  });
}
