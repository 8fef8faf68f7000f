import type { LocalizedText } from '../../shared/i18n/localize';
import type { FieldType, SelectOption } from '../../shared/schema';
import type { FilterOp } from './types';

/** What a filter row needs to know about a field: its slug, type and (for choices) its options. */
export type FilterField = {
  slug: string;
  type: FieldType;
  label?: LocalizedText;
  options?: SelectOption[] | null;
  relation?: { entity: string } | null;
  system?: boolean;
};

/** System columns every record has; the API filters and sorts on them too. */
export const systemFilterFields: FilterField[] = [
  { slug: 'id', type: 'number', system: true },
  { slug: 'createdAt', type: 'datetime', system: true },
  { slug: 'updatedAt', type: 'datetime', system: true },
  { slug: 'ownerId', type: 'user', system: true },
  { slug: 'createdBy', type: 'user', system: true },
];

const textOps: FilterOp[] = ['contains', 'eq', 'ne', 'starts_with', 'in', 'not_in', 'is_empty', 'not_empty'];
const numberOps: FilterOp[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'not_empty'];
const dateOps: FilterOp[] = [
  'eq',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'period',
  'last_days',
  'next_days',
  'is_empty',
  'not_empty',
];
const dateTimeOps: FilterOp[] = dateOps.filter((op) => op !== 'eq');
const choiceOps: FilterOp[] = ['eq', 'ne', 'in', 'not_in', 'is_empty', 'not_empty'];
const multiOps: FilterOp[] = ['contains', 'in', 'not_in', 'is_empty', 'not_empty'];
const linkOps: FilterOp[] = ['eq', 'ne', 'in', 'not_in', 'is_empty', 'not_empty'];

/**
 * The operators that make sense for a field type, the most useful first. Formula fields are listed under
 * their result type; one of unknown type filters as text.
 */
export function operatorsFor(type: FieldType): FilterOp[] {
  switch (type) {
    case 'text':
    case 'longtext':
    case 'email':
    case 'phone':
    case 'url':
    case 'autonumber':
    case 'formula':
      return textOps;
    case 'number':
    case 'currency':
    case 'percent':
    case 'rating':
    case 'rollup':
      return numberOps;
    case 'date':
      return dateOps;
    case 'datetime':
      return dateTimeOps;
    case 'boolean':
      return ['eq', 'is_empty', 'not_empty'];
    case 'select':
    case 'stage':
      return choiceOps;
    case 'multiselect':
      return multiOps;
    case 'user':
    case 'relation':
      return linkOps;
  }
}

/** The shape of the value an operator takes, which decides the input the filter row shows. */
export type ValueKind = 'none' | 'single' | 'list' | 'range' | 'days' | 'period';

export function valueKind(op: FilterOp): ValueKind {
  switch (op) {
    case 'is_empty':
    case 'not_empty':
      return 'none';
    case 'in':
    case 'not_in':
      return 'list';
    case 'between':
      return 'range';
    case 'last_days':
    case 'next_days':
      return 'days';
    case 'period':
      return 'period';
    default:
      return 'single';
  }
}

export const periods = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'this_quarter',
  'this_year',
  'last_year',
] as const;

export type Period = (typeof periods)[number];
