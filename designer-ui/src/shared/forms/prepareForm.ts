import type { FormSchema, FormUiSchema } from './types';

type Node = Record<string, unknown>;

/**
 * The uiSchema as rjsf reads it. The server puts a multi-select's `ui:enumNames` on the field, where a
 * reader expects it; rjsf looks for the option labels of an array under `items`, so they are copied there.
 * rjsf refuses to render when `ui:order` misses a property or names one the schema lacks (a field added
 * by the page, such as the record owner, or a draft being edited), so the order is made to fit.
 */
export function prepareUiSchema(schema: FormSchema, uiSchema: FormUiSchema | undefined): FormUiSchema {
  const prepared: FormUiSchema = { ...(uiSchema ?? {}) };
  const properties = Object.keys(schema.properties ?? {});
  const order = prepared['ui:order'];
  if (Array.isArray(order)) {
    const kept = order.filter((name) => name !== '*' && properties.includes(name));
    prepared['ui:order'] = [...kept, ...properties.filter((name) => !kept.includes(name))];
  }
  for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, FormSchema>)) {
    const node = prepared[field] as Node | undefined;
    if (property.type !== 'array' || !node?.['ui:enumNames']) continue;
    const items = (node.items as Node | undefined) ?? {};
    if (items['ui:enumNames']) continue;
    prepared[field] = { ...node, items: { ...items, 'ui:enumNames': node['ui:enumNames'] } };
  }
  return prepared;
}

/**
 * The schema rjsf renders, without a `required` list: which fields are required changes as the rules
 * respond to the values, and rjsf drops every error shown when its schema changes. The marks come from the
 * rules through the form context instead, and the checks from our own validator.
 */
export function withoutRequired(schema: FormSchema): FormSchema {
  const rest: FormSchema = { ...schema };
  delete rest.required;
  return rest;
}
