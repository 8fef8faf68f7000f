import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './locales';
import { defaultLanguage, storedLanguage } from './language';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
