import { isTextLike, type FieldDefinition } from '../../shared/schema';
import type { FilterNode } from '../records';
import type { QuickFilters } from './types';

/** The fields a quick search looks in: the text-like ones (the board API has no full-text `q`). */
export function searchFields(fields: FieldDefinition[]): string[] {
  return fields.filter((field) => isTextLike(field.type)).map((field) => field.slug);
}

/**
 * The quick filters as the records API's filter JSON: the search text in any text field, the signed-in
 * user as owner, and the ticked values of a choice field. Nothing set → no filter at all.
 */
export function boardFilter(filters: QuickFilters, fields: FieldDefinition[], me?: number): FilterNode | undefined {
  const parts: FilterNode[] = [];
  const q = filters.q.trim();
  const searched = searchFields(fields);
  if (q && searched.length > 0) {
    const matches: FilterNode[] = searched.map((field) => ({ field, op: 'contains', value: q }));
    parts.push(matches.length === 1 ? matches[0] : { or: matches });
  }
  if (filters.mine && me !== undefined) parts.push({ field: 'ownerId', op: 'eq', value: me });
  const choice = fields.find((field) => field.slug === filters.choiceField);
  if (choice && filters.choices.length > 0) {
    parts.push({ field: choice.slug, op: 'in', value: filters.choices });
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}
