import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntities } from '../entities';
import { useUsers } from '../users';
import type { FormatContext } from './formatValue';

/** What formatting values needs from around the app: language, user names, relation display fields. */
export function useFormatContext(): FormatContext {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const entities = useEntities();
  return useMemo(
    () => ({
      language: i18n.language,
      yes: t('common.yes'),
      no: t('common.no'),
      userNames: new Map((users.data ?? []).map((user) => [user.id, user.name || user.email])),
      displayFields: Object.fromEntries((entities.data ?? []).map((entity) => [entity.slug, entity.displayField ?? undefined])),
    }),
    [t, i18n.language, users.data, entities.data],
  );
}
