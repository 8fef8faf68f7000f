import { useQuery } from '@tanstack/react-query';
import { ruleKeys, rulesApi } from './rulesApi';

/** The entity's rules in the order they run. */
export function useRules(entity: string) {
  return useQuery({ queryKey: ruleKeys.list(entity), queryFn: () => rulesApi.list(entity) });
}
