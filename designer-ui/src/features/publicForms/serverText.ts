import { localize, type LocalizedText } from '../../shared/i18n';
import type { ServerText } from './types';

/** A server text in the wanted language: already localized (a string) or per language. */
export function serverText(text: ServerText, language: string): string {
  if (!text) return '';
  return typeof text === 'string' ? text : localize(text as LocalizedText, language);
}

/** Only web addresses are followed after a submission (never `javascript:` or similar). */
export function isWebAddress(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url.trim());
}
