import { useQuery } from '@tanstack/react-query';
import { workflowKeys, workflowsApi } from './workflowsApi';

/** The latest (draft) version of a definition; not refetched behind the editor's back. */
export function useWorkflow(definitionId: string | undefined) {
  return useQuery({
    queryKey: workflowKeys.one(definitionId ?? ''),
    queryFn: () => workflowsApi.get(definitionId!),
    enabled: definitionId !== undefined,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
