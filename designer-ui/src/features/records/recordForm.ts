import type { FormData, RenderedForm } from '../../shared/forms';
import type { RecordItem } from './types';

export type RecordBody = Record<string, unknown>;

/** The system field a person may set besides the entity's fields: who owns the record. */
export const ownerKey = 'ownerId';

function linkedId(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields the record form shows (the owner is added by the record screens). */
export function formFields(form: RenderedForm): string[] {
  return Object.keys(form.schema.properties ?? {}).filter((slug) => slug !== ownerKey);
}

/** A record's values as the form's data: expanded links (users, related records) as their ids. */
export function toFormData(fields: string[], record: RecordItem): FormData {
  const data: FormData = {};
  for (const slug of fields) {
    const value = linkedId(record[slug]);
    if (!isEmpty(value)) data[slug] = value;
  }
  const owner = linkedId(record.ownerId);
  if (!isEmpty(owner)) data[ownerKey] = owner;
  return data;
}

/** The body of a create: empty fields left out so the server's defaults apply. */
export function toCreateBody(fields: string[], data: FormData): RecordBody {
  const body: RecordBody = {};
  for (const slug of fields) if (!isEmpty(data[slug])) body[slug] = data[slug];
  // Left out, the server makes the creator the owner.
  if (!isEmpty(data[ownerKey])) body[ownerKey] = data[ownerKey];
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(isEmpty(a) ? null : a) === JSON.stringify(isEmpty(b) ? null : b);

/** The body of an update: only the fields of the form that changed, a cleared one as null. */
export function toUpdateBody(fields: string[], record: RecordItem, data: FormData): RecordBody {
  const before = toFormData(fields, record);
  const body: RecordBody = {};
  for (const slug of fields) {
    if (!same(data[slug], before[slug])) body[slug] = isEmpty(data[slug]) ? null : data[slug];
  }
  const owner = data[ownerKey];
  if (!isEmpty(owner) && !same(owner, before[ownerKey])) body[ownerKey] = owner;
  return body;
}

/**
 * The record form with the owner picker after the entity's fields. The owner is a system column, not a
 * field, so the server's form does not carry it; it has no rules and no limits.
 */
export function withOwnerField(form: RenderedForm, title: string, hint: string): RenderedForm {
  return {
    ...form,
    schema: {
      ...form.schema,
      properties: { ...form.schema.properties, [ownerKey]: { type: 'integer', title, description: hint } },
    },
    uiSchema: { ...form.uiSchema, [ownerKey]: { 'ui:widget': 'user' } },
  };
}
