import { useQuery } from '@tanstack/react-query';
import { workflowKeys, workflowsApi } from './workflowsApi';

export function useWorkflows() {
  return useQuery({ queryKey: workflowKeys.list(), queryFn: workflowsApi.list });
}
