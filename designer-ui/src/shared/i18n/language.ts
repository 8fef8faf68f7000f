export type Language = 'zh-CN' | 'en';

export const languages: Language[] = ['zh-CN', 'en'];
export const defaultLanguage: Language = 'zh-CN';

const storageKey = 'designer.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode or a full storage: the choice simply lasts for this page.
  }
}
