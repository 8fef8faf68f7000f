import type { Language } from './language';

/** A text the server keeps in both languages, such as an entity or field label. */
export type LocalizedText = Partial<Record<Language, string>> & Record<string, string | undefined>;

/** The text in the wanted language, else in the other one, so a half-translated label still shows. */
export function localize(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  const wanted = text[language];
  if (wanted) return wanted;
  for (const fallback of ['zh-CN', 'en']) {
    if (text[fallback]) return text[fallback] as string;
  }
  return Object.values(text).find((value) => !!value) ?? '';
}

/** Drops empty translations; answers undefined when none is left. */
export function compactText(text: LocalizedText | null | undefined): LocalizedText | undefined {
  if (!text) return undefined;
  const result: LocalizedText = {};
  for (const [key, value] of Object.entries(text)) {
    const trimmed = value?.trim();
    if (trimmed) result[key] = trimmed;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
