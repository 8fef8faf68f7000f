import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage, type Language } from '../i18n';

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      value={language}
      onChange={setLanguage}
      aria-label={t('layout.language')}
      data-testid="language-switch"
      options={[
        { value: 'zh-CN', label: t('layout.languageZh') },
        { value: 'en', label: t('layout.languageEn') },
      ]}
    />
  );
}
