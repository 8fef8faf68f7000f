import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isProblem } from '../../shared/api';
import { useLanguage } from '../../shared/i18n';
import { publicFormsApi } from './publicFormsApi';

/** The published form in the visitor's language (the server localizes titles and option labels). */
export function usePublicForm(slug: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['publicForm', slug, language],
    queryFn: () => publicFormsApi.get(slug),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });
}
