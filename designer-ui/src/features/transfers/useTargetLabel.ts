import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { fieldLabel, ownerTarget } from './fieldChoices';

/** Names an import target in the current language: a field by its label, the owner as the table does. */
export function useTargetLabel(fields: FieldDefinition[]) {
  const { t, i18n } = useTranslation();
  return (slug: string) => (slug === ownerTarget ? t('records.system.ownerId') : fieldLabel(fields, slug, i18n.language));
}
