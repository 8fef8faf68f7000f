import type { FormSchema, FormUiSchema, RenderedForm } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import { valueType, type FieldDefinition } from '../../shared/schema';

/** A field the record form leaves out (a form that does not show it), described from its definition. */
function fallbackProperty(field: FieldDefinition, language: string): { schema: FormSchema; ui: FormUiSchema } {
  const title = localize(field.label, language) || field.slug;
  const options = field.options ?? [];
  const enumNames = options.map((option) => localize(option.label, language) || option.value);
  switch (valueType(field)) {
    case 'number':
    case 'currency':
    case 'percent':
      return { schema: { type: 'number', title }, ui: { 'ui:widget': 'updown' } };
    case 'rating':
      return { schema: { type: 'integer', title, minimum: 0, maximum: field.max ?? 5 }, ui: { 'ui:widget': 'rating' } };
    case 'boolean':
      return { schema: { type: 'boolean', title }, ui: {} };
    case 'date':
      return { schema: { type: 'string', format: 'date', title }, ui: {} };
    case 'datetime':
      return { schema: { type: 'string', format: 'date-time', title }, ui: {} };
    case 'select':
      return { schema: { type: 'string', title, enum: options.map((o) => o.value) }, ui: { 'ui:widget': 'select', 'ui:enumNames': enumNames } };
    case 'multiselect':
      return {
        schema: { type: 'array', title, uniqueItems: true, items: { type: 'string', enum: options.map((o) => o.value) } },
        ui: { 'ui:widget': 'select', 'ui:enumNames': enumNames },
      };
    case 'user':
      return { schema: { type: 'integer', title }, ui: { 'ui:widget': 'user' } };
    case 'relation':
      return { schema: { type: 'integer', title }, ui: { 'ui:widget': 'relation', 'ui:options': { entity: field.relation?.entity } } };
    case 'longtext':
      return { schema: { type: 'string', title }, ui: { 'ui:widget': 'textarea' } };
    default:
      return { schema: { type: 'string', title }, ui: {} };
  }
}

/**
 * The form of a gate prompt: exactly the given fields, each required, taken from the record form (so
 * they look and check as there) or, when that form leaves one out, described from the field itself.
 * The form's rules are dropped: they speak of fields the prompt does not show.
 */
export function promptForm(form: RenderedForm | undefined, slugs: string[], fields: FieldDefinition[], language: string): RenderedForm {
  const properties: Record<string, FormSchema> = {};
  const uiSchema: FormUiSchema = { 'ui:order': slugs };
  for (const slug of slugs) {
    const given = form?.schema.properties?.[slug];
    if (given && typeof given === 'object') {
      properties[slug] = given as FormSchema;
      if (form?.uiSchema[slug]) uiSchema[slug] = form.uiSchema[slug];
      continue;
    }
    const field = fields.find((candidate) => candidate.slug === slug);
    const fallback = field ? fallbackProperty(field, language) : { schema: { type: 'string', title: slug } as FormSchema, ui: {} };
    properties[slug] = fallback.schema;
    uiSchema[slug] = fallback.ui;
  }
  return { schema: { type: 'object', required: slugs, properties }, uiSchema, rules: [] };
}
