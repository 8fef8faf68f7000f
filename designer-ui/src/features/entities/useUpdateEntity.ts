import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityDefinition, EntityPatch } from '../../shared/schema';
import { entitiesApi, entityKeys } from './entitiesApi';
import { useEntityCache } from './useEntityCache';

/** PATCH an entity; a new field order shows at once and rolls back if the server refuses it. */
export function useUpdateEntity(slug: string) {
  const queryClient = useQueryClient();
  const cache = useEntityCache();
  return useMutation({
    mutationFn: (patch: EntityPatch) => entitiesApi.update(slug, patch),
    onMutate: async (patch) => {
      if (!patch.fieldOrder) return undefined;
      await queryClient.cancelQueries({ queryKey: entityKeys.one(slug) });
      const previous = queryClient.getQueryData<EntityDefinition>(entityKeys.one(slug));
      if (previous) {
        const order = patch.fieldOrder;
        const fields = [...previous.fields].sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
        queryClient.setQueryData(entityKeys.one(slug), { ...previous, fields });
      }
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(entityKeys.one(slug), context.previous);
    },
    onSuccess: (entity) => cache.put(entity, slug),
  });
}
