import { localize } from '../../shared/i18n';
import { isComputed, type FieldDefinition } from '../../shared/schema';

/** The record's owner: a column of user names or emails can fill it like a field. */
export const ownerTarget = 'ownerId';

/** What a column can fill: every field but computed ones (auto numbers, formulas), then the owner. */
export function importTargets(fields: FieldDefinition[]): string[] {
  return [...fields.filter((field) => !isComputed(field.type)).map((field) => field.slug), ownerTarget];
}

/** A field's label in the current language; the slug when the field is unknown (deleted since). */
export function fieldLabel(fields: FieldDefinition[], slug: string, language: string): string {
  const field = fields.find((candidate) => candidate.slug === slug);
  return (field && localize(field.label, language)) || slug;
}
