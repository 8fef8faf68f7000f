import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formKeys, formsApi } from './formsApi';
import type { FormCreate, FormDefinition } from './types';

/**
 * Create, save, publish and delete the forms of one entity. Each refreshes the entity's form list and
 * whatever the record screens derived from the forms (the default form may have changed).
 */
export function useFormMutations(entity: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey.includes(entity) && !query.queryKey.includes('preview'),
      refetchType: 'active',
    });
  const create = useMutation({
    mutationFn: (body: FormCreate) => formsApi.create(entity, body),
    onSuccess: refresh,
  });
  const save = useMutation({
    mutationFn: ({ form, body }: { form: string; body: FormDefinition }) => formsApi.save(entity, form, body),
    onSuccess: (saved, { form }) => {
      queryClient.setQueryData(formKeys.one(entity, form), saved);
      return refresh();
    },
  });
  const publish = useMutation({
    mutationFn: (form: string) => formsApi.publish(entity, form),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (form: string) => formsApi.remove(entity, form),
    onSuccess: refresh,
  });
  return { create, save, publish, remove };
}
