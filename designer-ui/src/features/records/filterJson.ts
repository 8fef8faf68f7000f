import { isNumeric } from '../../shared/schema';
import { operatorsFor, valueKind, type FilterField } from './filterFields';
import type { FilterCondition, FilterNode, FilterOp } from './types';

export type FilterLogic = 'and' | 'or';
export type FilterRow = { id: string; field?: string; op?: FilterOp; value?: unknown };
/** The filter builder's state: flat rows joined by AND or OR. */
export type FilterDraft = { logic: FilterLogic; rows: FilterRow[] };

let rowCounter = 0;
export const newRowId = () => `row-${++rowCounter}`;

export const emptyDraft = (): FilterDraft => ({ logic: 'and', rows: [] });

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** One value as the API wants it for this field: numbers as numbers, the rest as given. */
function scalar(field: FilterField, value: unknown): unknown {
  if (blank(value)) return undefined;
  if (isNumeric(field.type) || field.type === 'user' || field.type === 'relation') return toNumber(value);
  if (field.type === 'boolean') return typeof value === 'boolean' ? value : value === 'true';
  return typeof value === 'string' ? value.trim() : value;
}

/** A finished condition for one row, or undefined while the row is incomplete (it is then left out). */
export function rowToCondition(row: FilterRow, fields: FilterField[]): FilterCondition | undefined {
  const field = fields.find((candidate) => candidate.slug === row.field);
  if (!field || !row.op || !operatorsFor(field.type).includes(row.op)) return undefined;
  const { op } = row;
  switch (valueKind(op)) {
    case 'none':
      return { field: field.slug, op };
    case 'single': {
      const value = scalar(field, row.value);
      return value === undefined ? undefined : { field: field.slug, op, value };
    }
    case 'list': {
      const values = (Array.isArray(row.value) ? row.value : [row.value])
        .map((item) => scalar(field, item))
        .filter((item) => item !== undefined);
      return values.length === 0 ? undefined : { field: field.slug, op, value: values };
    }
    case 'range': {
      if (!Array.isArray(row.value)) return undefined;
      const [from, to] = row.value.map((item) => scalar(field, item));
      return from === undefined || to === undefined ? undefined : { field: field.slug, op, value: [from, to] };
    }
    case 'days': {
      const days = toNumber(row.value);
      return days === undefined || days < 0 ? undefined : { field: field.slug, op, value: Math.floor(days) };
    }
    case 'period':
      return blank(row.value) ? undefined : { field: field.slug, op, value: row.value };
  }
}

/** The `filter` JSON of the API for a draft: undefined when nothing is complete, one condition bare. */
export function toFilterJson(draft: FilterDraft, fields: FilterField[]): FilterNode | undefined {
  const conditions = draft.rows
    .map((row) => rowToCondition(row, fields))
    .filter((condition): condition is FilterCondition => condition !== undefined);
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];
  return draft.logic === 'or' ? { or: conditions } : { and: conditions };
}

function isCondition(node: unknown): node is FilterCondition {
  return !!node && typeof node === 'object' && 'field' in node && 'op' in node;
}

/**
 * The builder's draft for a filter (from a saved view). Answers null for filters the flat builder cannot
 * show, such as nested groups written through the API; the caller then keeps them as they are.
 */
export function fromFilterJson(node: FilterNode | null | undefined): FilterDraft | null {
  if (!node) return emptyDraft();
  const toRow = (condition: FilterCondition): FilterRow => ({
    id: newRowId(),
    field: condition.field,
    op: condition.op,
    value: condition.value,
  });
  if (isCondition(node)) return { logic: 'and', rows: [toRow(node)] };
  const logic: FilterLogic = 'or' in node ? 'or' : 'and';
  const children: unknown[] = 'or' in node ? node.or : node.and;
  if (!Array.isArray(children) || !children.every(isCondition)) return null;
  return { logic, rows: children.map(toRow) };
}

/** How many rows of a draft take part in the filter (for the badge on the filter button). */
export function activeConditionCount(draft: FilterDraft, fields: FilterField[]): number {
  return draft.rows.filter((row) => rowToCondition(row, fields) !== undefined).length;
}
