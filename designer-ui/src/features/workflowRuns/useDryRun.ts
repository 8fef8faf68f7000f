import { useMutation } from '@tanstack/react-query';
import type { DryRunRequest } from './types';
import { workflowRunsApi } from './workflowRunsApi';

/** Runs the definition's latest version against records without keeping anything. */
export function useDryRun(definitionId: string) {
  return useMutation({ mutationFn: (body: DryRunRequest) => workflowRunsApi.dryRun(definitionId, body) });
}
