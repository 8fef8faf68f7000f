import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats instants as a short date and time in the interface language. */
export function useFormatInstant(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
}
