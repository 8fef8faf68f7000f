import { useQuery } from '@tanstack/react-query';
import { emptyDeclarations, parseDeclarations, type ScriptDeclarations } from './declarations';
import { scriptingApi, scriptingKeys } from './scriptingApi';

/** The entity's declarations read for completion; empty (no completion, no error) until they arrive. */
export function useScriptDeclarations(entity: string | undefined): ScriptDeclarations {
  const query = useQuery({
    queryKey: scriptingKeys.declarations(entity ?? ''),
    queryFn: async () => parseDeclarations(await scriptingApi.declarations(entity as string)),
    enabled: !!entity,
    // Fields change in the designer next door; a fresh copy each time an editor opens is cheap.
    staleTime: 5_000,
  });
  return query.data ?? emptyDeclarations;
}
