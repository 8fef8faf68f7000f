import type { EntityDefinition } from '../../shared/schema';
import { formatValue, type FormatContext } from '../records';

/**
 * What a record is called: its display field, else its first filled text field, else `#id` — the same
 * name its links show elsewhere.
 */
export function recordTitle(entity: EntityDefinition, record: Record<string, unknown>, context: FormatContext): string {
  const display = entity.fields.find((field) => field.slug === entity.displayField);
  const candidates = display ? [display] : entity.fields.filter((field) => field.type === 'text');
  for (const field of candidates) {
    const text = formatValue(field, record[field.slug], context).trim();
    if (text) return text;
  }
  return `#${String(record.id)}`;
}
