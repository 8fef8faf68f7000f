import { fieldTypes, isComputed, type FieldDefinition, type FieldType } from '../../shared/schema';

/**
 * The fields the record's header shows as key facts: values no one types in (auto numbers, formulas,
 * rollups and any type this screen does not know) that the form leaves out, then amounts.
 */
export function highlightFields(fields: FieldDefinition[], inForm: string[], max = 6): FieldDefinition[] {
  const known = new Set<FieldType>(fieldTypes);
  const form = new Set(inForm);
  const readOnly = fields.filter((field) => !form.has(field.slug) && (isComputed(field.type) || !known.has(field.type)));
  const amounts = fields.filter((field) => field.type === 'currency' && !readOnly.includes(field));
  return [...readOnly, ...amounts].slice(0, max);
}
