import { useQuery } from '@tanstack/react-query';
import { workflowRunKeys, workflowRunsApi } from './workflowRunsApi';

// A running instance moves on by itself (timers, tasks completed elsewhere); its page follows it.
const followEveryMs = 5_000;

/** One instance with its journal, bookmarks, incidents and variables. */
export function useInstance(id: string) {
  return useQuery({
    queryKey: workflowRunKeys.instance(id),
    queryFn: () => workflowRunsApi.instance(id),
    refetchInterval: (query) => (query.state.data?.status === 'Running' ? followEveryMs : false),
  });
}
