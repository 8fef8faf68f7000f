import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ruleKeys, rulesApi } from './rulesApi';
import type { RuleBody } from './types';

/** Create, replace and delete the entity's rules; each refreshes the list afterwards. */
export function useRuleMutations(entity: string) {
  const queryClient = useQueryClient();
  // Scores live on records: a changed score rule changes what the record screens show next.
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ruleKeys.list(entity) }),
    queryClient.invalidateQueries({ queryKey: ['records', entity] }),
  ]);
  const create = useMutation({ mutationFn: (body: RuleBody) => rulesApi.create(entity, body), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ slug, body }: { slug: string; body: RuleBody }) => rulesApi.update(entity, slug, body),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (slug: string) => rulesApi.remove(entity, slug), onSuccess: refresh });
  return { create, update, remove };
}
