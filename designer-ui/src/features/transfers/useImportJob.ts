import { useQuery } from '@tanstack/react-query';
import { isFinished } from './importProgress';
import { importKeys, transfersApi } from './transfersApi';

/** A real import run, asked about every second until it has completed or failed. */
export function useImportJob(id: string | undefined) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: ({ signal }) => transfersApi.job(id as string, signal),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : 1000),
  });
}
