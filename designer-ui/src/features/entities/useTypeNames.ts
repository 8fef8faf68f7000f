import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/i18n';
import { languages } from '../../shared/i18n';
import type { FieldType } from '../../shared/schema';

/** A field type's name in the current language, and in every language (for the labels of new fields and options). */
export function useTypeNames() {
  const { t, i18n } = useTranslation();
  const name = useCallback((type: FieldType) => t(`fieldTypes.${type}.name`), [t]);
  const allNames = useCallback(
    (type: FieldType): LocalizedText => {
      const text: LocalizedText = {};
      for (const language of languages) text[language] = i18n.getFixedT(language)(`fieldTypes.${type}.name`);
      return text;
    },
    [i18n],
  );
  const optionNames = useCallback((): LocalizedText => {
    const text: LocalizedText = {};
    for (const language of languages) text[language] = i18n.getFixedT(language)('designer.optionWord');
    return text;
  }, [i18n]);
  return { name, allNames, optionNames };
}
