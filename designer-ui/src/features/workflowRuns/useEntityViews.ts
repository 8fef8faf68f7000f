import { useQuery } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** The entity's saved views, one of which a dry run can take its records from. */
export function useEntityViews(entity: string | undefined) {
  return useQuery({
    queryKey: workflowRunKeys.views(entity ?? ''),
    queryFn: () => workflowRunsApi.views(entity ?? ''),
    enabled: !!entity,
  });
}
