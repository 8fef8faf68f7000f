export { i18n } from './i18n';
export { languages, defaultLanguage, isLanguage } from './language';
export type { Language } from './language';
export { localize, compactText } from './localize';
export type { LocalizedText } from './localize';
export { useLanguage } from './useLanguage';
