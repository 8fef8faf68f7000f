import { useQuery } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** The workflow definitions, for the definition filter and for naming instances (admins only: `enabled` waits for that). */
export function useWorkflows(enabled = true) {
  return useQuery({ queryKey: workflowRunKeys.workflows, queryFn: workflowRunsApi.workflows, staleTime: 30_000, enabled });
}
