import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';

/** Fields a column can fill: all but auto numbers, which the server assigns. */
export function importableFields(fields: FieldDefinition[]): FieldDefinition[] {
  return fields.filter((field) => field.type !== 'autonumber');
}

/** A field's label in the current language; the slug when the field is unknown (deleted since). */
export function fieldLabel(fields: FieldDefinition[], slug: string, language: string): string {
  const field = fields.find((candidate) => candidate.slug === slug);
  return (field && localize(field.label, language)) || slug;
}

/** A sample cell as text: empty cells are shown as nothing rather than "null". */
export function sampleText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
