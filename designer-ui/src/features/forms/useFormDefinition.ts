import { useQuery } from '@tanstack/react-query';
import { formKeys, formsApi } from './formsApi';

/** One form's draft. Not refetched on focus: the designer edits a copy and must not lose it to a refresh. */
export function useFormDefinition(entity: string, form: string) {
  return useQuery({
    queryKey: formKeys.one(entity, form),
    queryFn: () => formsApi.get(entity, form),
    enabled: !!entity && !!form,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}
