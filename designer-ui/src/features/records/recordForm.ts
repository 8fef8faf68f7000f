import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDefinition } from '../../shared/schema';
import type { RecordItem } from './types';

export type FormValues = Record<string, unknown>;
export type RecordBody = Record<string, unknown>;

/** Fields a person fills in: the server assigns auto-numbers. */
export function editableFields(fields: FieldDefinition[]): FieldDefinition[] {
  return fields.filter((field) => field.type !== 'autonumber');
}

function linkedId(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

/** The system field a person may set besides the entity's fields: who owns the record. */
export const ownerKey = 'ownerId';

/** A record's values as antd Form values: dates as dayjs, expanded links as ids. */
export function toFormValues(fields: FieldDefinition[], record: RecordItem): FormValues {
  const values: FormValues = { [ownerKey]: linkedId(record.ownerId) ?? undefined };
  for (const field of editableFields(fields)) {
    const value = record[field.slug];
    if (value === undefined || value === null) {
      values[field.slug] = field.type === 'multiselect' ? [] : undefined;
      continue;
    }
    switch (field.type) {
      case 'date':
      case 'datetime':
        values[field.slug] = typeof value === 'string' ? dayjs(value) : undefined;
        break;
      case 'user':
      case 'relation':
        values[field.slug] = linkedId(value);
        break;
      default:
        values[field.slug] = value;
    }
  }
  return values;
}

function fromFormValue(field: FieldDefinition, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '' && field.type !== 'boolean') return null;
  switch (field.type) {
    case 'date':
      return dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : value;
    case 'datetime':
      return dayjs.isDayjs(value) ? (value as Dayjs).toISOString() : value;
    case 'multiselect':
      return Array.isArray(value) && value.length === 0 ? null : value;
    case 'boolean':
      return !!value;
    default:
      return value;
  }
}

/** The body of a create: empty fields left out so the server's defaults apply. */
export function toCreateBody(fields: FieldDefinition[], values: FormValues): RecordBody {
  const body: RecordBody = {};
  for (const field of editableFields(fields)) {
    if (field.type === 'boolean' && values[field.slug] === undefined) continue;
    const value = fromFormValue(field, values[field.slug]);
    if (value !== null) body[field.slug] = value;
  }
  // Left out, the server makes the creator the owner.
  if (values[ownerKey] !== undefined && values[ownerKey] !== null) body[ownerKey] = values[ownerKey];
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The body of an update: only the fields that changed, a cleared one as null. */
export function toUpdateBody(fields: FieldDefinition[], record: RecordItem, values: FormValues): RecordBody {
  const before = toFormValues(fields, record);
  const body: RecordBody = {};
  for (const field of editableFields(fields)) {
    const next = fromFormValue(field, values[field.slug]);
    const previous = fromFormValue(field, before[field.slug]);
    if (!same(next, previous)) body[field.slug] = next;
  }
  const owner = values[ownerKey] ?? null;
  if (owner !== null && !same(owner, before[ownerKey])) body[ownerKey] = owner;
  return body;
}
