import type { EntityDefinition, FieldDefinition, RollupFunction, RollupSettings } from '../../shared/schema';

export const rollupFunctions: RollupFunction[] = ['count', 'sum', 'min', 'max'];

/** A relation field of some entity pointing at the entity being designed: what a rollup there can read. */
export type RollupSource = { entity: EntityDefinition; via: FieldDefinition };

/** Every relation field (of any entity, this one included) that points at `slug`. */
export function rollupSources(entities: EntityDefinition[], slug: string): RollupSource[] {
  return entities.flatMap((entity) =>
    entity.fields
      .filter((field) => field.type === 'relation' && field.relation?.entity === slug)
      .map((via) => ({ entity, via })),
  );
}

const summable = ['number', 'currency', 'percent'];
const ordered = [...summable, 'date', 'datetime'];

/** The record times a minimum or maximum may take besides the entity's own fields. */
export const timestampFields = ['createdAt', 'updatedAt'] as const;

/** The fields of `child` that `fn` can aggregate: numbers for a sum; numbers and dates for a minimum or maximum. */
export function aggregatableFields(child: EntityDefinition | undefined, fn: RollupFunction): FieldDefinition[] {
  if (!child || fn === 'count') return [];
  return child.fields.filter((field) => (fn === 'sum' ? summable : ordered).includes(field.type));
}

/** One `field = value` condition of a rollup's filter, as the settings panel edits it. */
export type WherePair = { field?: string; value?: string };

const isFilterJson = (where: Record<string, unknown>) =>
  'and' in where || 'or' in where || ('field' in where && 'op' in where);

/** A stored filter as editable pairs, or null when it is the records API's filter JSON (edited as text). */
export function wherePairs(where: RollupSettings['where']): WherePair[] | null {
  if (!where) return [];
  if (isFilterJson(where)) return null;
  return Object.entries(where).map(([field, value]) => ({
    field,
    value: value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value),
  }));
}

/** The short filter form `{field: value}` for the filled-in pairs; null when there are none. */
export function whereFromPairs(pairs: WherePair[] | undefined): Record<string, unknown> | null {
  const filled = (pairs ?? []).filter((pair) => pair.field);
  if (filled.length === 0) return null;
  return Object.fromEntries(filled.map((pair) => [pair.field as string, pair.value ?? '']));
}
