import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { formKeys, formsApi } from './formsApi';
import type { FormDefinition } from './types';

/**
 * The schema, uiSchema and rules the server generates from the current draft, without saving it. Asked
 * again once the draft has stopped changing for a moment; the last answer stays on screen meanwhile.
 */
export function useFormPreview(entity: string, body: FormDefinition, enabled: boolean) {
  const { i18n } = useTranslation();
  const json = useDebouncedValue(JSON.stringify(body), 400);
  return useQuery({
    // The language is part of the key: titles and option labels come back in the language asked for.
    queryKey: [...formKeys.preview(entity, json), i18n.language],
    queryFn: ({ signal }) => formsApi.preview(entity, JSON.parse(json) as FormDefinition, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
