import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { FieldOverride } from './types';

/**
 * The label a field shows on this form: the form's own label in this language, else the entity's label,
 * else the form's label in another language, else the slug.
 */
export function fieldLabel(field: FieldDefinition, override: FieldOverride | undefined, language: string): string {
  return override?.label?.[language] || localize(field.label, language) || localize(override?.label, language) || field.slug;
}
