import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ElsaWorkflow } from './types';
import { workflowKeys, workflowsApi } from './workflowsApi';

/** Create, save and publish; each refreshes the list, and a saved document becomes the cached one. */
export function useWorkflowMutations() {
  const client = useQueryClient();
  const stored = (workflow: ElsaWorkflow) => {
    client.setQueryData(workflowKeys.one(workflow.definitionId), workflow);
    void client.invalidateQueries({ queryKey: workflowKeys.list() });
  };
  const create = useMutation({ mutationFn: workflowsApi.create, onSuccess: stored });
  const save = useMutation({ mutationFn: workflowsApi.save, onSuccess: stored });
  const publish = useMutation({
    mutationFn: workflowsApi.publish,
    onSuccess: () => void client.invalidateQueries({ queryKey: workflowKeys.list() }),
  });
  return { create, save, publish };
}
