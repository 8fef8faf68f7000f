import { useMutation } from '@tanstack/react-query';
import type { FieldPatch } from '../../shared/schema';
import { entitiesApi } from './entitiesApi';
import { useEntityCache } from './useEntityCache';

/** Create, change and delete the fields of one entity; each refreshes the entity afterwards. */
export function useFieldMutations(entity: string) {
  const cache = useEntityCache();
  const refresh = () => cache.refresh(entity);
  const create = useMutation({
    mutationFn: (body: FieldPatch) => entitiesApi.createField(entity, body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ slug, patch }: { slug: string; patch: FieldPatch }) => entitiesApi.updateField(entity, slug, patch),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: ({ slug, confirm }: { slug: string; confirm?: boolean }) =>
      entitiesApi.removeField(entity, slug, confirm),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
