import type { RecordChoice } from './types';

/** A record in a picker: its number, and its display field's value when it has one ("#7 · Acme"). */
export function recordChoiceLabel(record: RecordChoice, displayField: string | null | undefined): string {
  const shown = displayField ? record[displayField] : undefined;
  return shown === undefined || shown === null || shown === '' ? `#${record.id}` : `#${record.id} · ${String(shown)}`;
}
