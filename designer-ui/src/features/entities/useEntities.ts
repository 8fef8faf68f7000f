import { useQuery } from '@tanstack/react-query';
import { entitiesApi, entityKeys } from './entitiesApi';

export function useEntities() {
  return useQuery({ queryKey: entityKeys.all, queryFn: entitiesApi.list, staleTime: 30_000 });
}
