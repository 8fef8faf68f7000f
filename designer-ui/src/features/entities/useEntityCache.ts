import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { EntityDefinition } from '../../shared/schema';
import { entityKeys } from './entitiesApi';

/** Writes an entity the server answered into both caches (the list and the single entity). */
export function useEntityCache() {
  const queryClient = useQueryClient();
  const put = useCallback(
    (entity: EntityDefinition, previousSlug = entity.slug) => {
      queryClient.setQueryData(entityKeys.one(entity.slug), entity);
      if (previousSlug !== entity.slug) queryClient.removeQueries({ queryKey: entityKeys.one(previousSlug) });
      queryClient.setQueryData<EntityDefinition[]>(entityKeys.all, (list) => {
        if (!list) return list;
        const index = list.findIndex((item) => item.slug === previousSlug);
        return index < 0 ? [...list, entity] : list.map((item, i) => (i === index ? entity : item));
      });
    },
    [queryClient],
  );
  const refresh = useCallback(
    (slug: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: entityKeys.one(slug), exact: true }),
        queryClient.invalidateQueries({ queryKey: entityKeys.all, exact: true }),
      ]),
    [queryClient],
  );
  return { put, refresh };
}
