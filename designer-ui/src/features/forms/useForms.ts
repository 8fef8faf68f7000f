import { useQuery } from '@tanstack/react-query';
import { formKeys, formsApi } from './formsApi';

/** The forms of one entity (draft definitions with their published version). */
export function useForms(entity: string) {
  return useQuery({ queryKey: formKeys.entity(entity), queryFn: () => formsApi.list(entity), enabled: !!entity });
}
