import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InstanceListFilter } from './types';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

/** One page of instances for a filter; asks for one more than a page so the page knows whether an older one exists. */
export function useInstances(filter: InstanceListFilter, pageSize: number) {
  return useQuery({
    queryKey: workflowRunKeys.instances(filter, pageSize + 1),
    queryFn: ({ signal }) => workflowRunsApi.instances(filter, pageSize + 1, signal),
    placeholderData: keepPreviousData,
  });
}
