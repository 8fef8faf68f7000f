import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityDefinition } from '../../shared/schema';
import { entitiesApi, entityKeys } from './entitiesApi';

export function useDeleteEntity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, confirm }: { slug: string; confirm?: boolean }) => entitiesApi.remove(slug, confirm),
    onSuccess: (_result, { slug }) => {
      queryClient.removeQueries({ queryKey: entityKeys.one(slug) });
      queryClient.setQueryData<EntityDefinition[]>(entityKeys.all, (list) => list?.filter((e) => e.slug !== slug));
    },
  });
}
