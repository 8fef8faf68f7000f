import type { FieldDefinition } from '../../shared/schema';

/** System columns a person may add to the table next to the entity's fields. */
export const systemColumns = ['id', 'createdAt', 'updatedAt', 'ownerId'] as const;
export type SystemColumn = (typeof systemColumns)[number];

export function isSystemColumn(slug: string): slug is SystemColumn {
  return (systemColumns as readonly string[]).includes(slug);
}

/** Columns shown when no view chose any: every field (up to `max`), in the entity's order. */
export function defaultColumns(fields: FieldDefinition[], max = 12): string[] {
  return fields.slice(0, max).map((field) => field.slug);
}

/**
 * The visible columns in display order: the entity's field order first, then system columns, keeping
 * only slugs that still exist (a saved view may name a field deleted since).
 */
export function visibleColumns(chosen: string[] | undefined, fields: FieldDefinition[]): string[] {
  const wanted = new Set(chosen ?? defaultColumns(fields));
  const ordered = [...fields.map((field) => field.slug), ...systemColumns];
  return ordered.filter((slug) => wanted.has(slug));
}

/** Relation and user fields among the columns, so the listing can ask the server to expand them. */
export function expandableFields(fields: FieldDefinition[]): string[] {
  return fields.filter((field) => field.type === 'relation' || field.type === 'user').map((field) => field.slug);
}
