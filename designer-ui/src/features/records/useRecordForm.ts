import { useQuery } from '@tanstack/react-query';
import { useLanguage } from '../../shared/i18n';
import { recordKeys, recordsApi } from './recordsApi';

/** The entity's record form in the current language (the server localizes titles and option labels). */
export function useRecordForm(entity: string) {
  const [language] = useLanguage();
  return useQuery({ queryKey: recordKeys.form(entity, language), queryFn: () => recordsApi.recordForm(entity) });
}
