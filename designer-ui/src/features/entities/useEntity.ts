import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntityDefinition } from '../../shared/schema';
import { entitiesApi, entityKeys } from './entitiesApi';

/** One entity with its fields; shows the copy from the entity list at once while it loads. */
export function useEntity(slug: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: entityKeys.one(slug ?? ''),
    queryFn: () => entitiesApi.get(slug as string),
    enabled: !!slug,
    staleTime: 30_000,
    placeholderData: () =>
      queryClient.getQueryData<EntityDefinition[]>(entityKeys.all)?.find((entity) => entity.slug === slug),
  });
}
