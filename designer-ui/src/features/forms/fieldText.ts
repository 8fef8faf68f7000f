import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { FieldOverride } from './types';

/** The label a field shows on this form: the form's own label, else the entity's, else its slug. */
export function fieldLabel(field: FieldDefinition, override: FieldOverride | undefined, language: string): string {
  return localize(override?.label, language) || localize(field.label, language) || field.slug;
}
