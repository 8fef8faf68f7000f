import type { FieldDefinition } from '../schema';

export type ParsedRecord = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'syntax' | 'notObject'; detail?: string };

/** The edited JSON of a test record: it must be an object of field values. */
export function parseRecordJson(text: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() || '{}');
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'notObject' };
  return { ok: true, value: value as Record<string, unknown> };
}

// Values a formula or rollup computes are not typed in; they are left out of a record to edit.
const computed = new Set(['formula', 'autonumber', 'rollup']);

/**
 * The JSON to start editing from: the chosen record's field values (expanded links as their ids), or
 * every field empty when there is no record, so a person sees which names exist.
 */
export function recordJson(fields: FieldDefinition[], record?: Record<string, unknown>): string {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (computed.has(field.type)) continue;
    let value: unknown = record?.[field.slug] ?? null;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) value = (value as { id: unknown }).id;
    body[field.slug] = value;
  }
  return JSON.stringify(body, null, 2);
}
