import { useMutation } from '@tanstack/react-query';
import type { EntityCreate } from '../../shared/schema';
import { entitiesApi } from './entitiesApi';
import { useEntityCache } from './useEntityCache';

export function useCreateEntity() {
  const cache = useEntityCache();
  return useMutation({
    mutationFn: (body: EntityCreate) => entitiesApi.create(body),
    onSuccess: (entity) => cache.put(entity),
  });
}
