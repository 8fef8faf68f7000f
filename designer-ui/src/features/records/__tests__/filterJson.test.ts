import { describe, expect, it } from 'vitest';
import { operatorsFor, systemFilterFields, valueKind, type FilterField } from '../filterFields';
import { activeConditionCount, fromFilterJson, toFilterJson, type FilterDraft } from '../filterJson';

const fields: FilterField[] = [
  { slug: 'name', type: 'text' },
  { slug: 'budget', type: 'currency' },
  { slug: 'source', type: 'select', options: [{ value: 'web', label: { en: 'Website' } }] },
  { slug: 'tags', type: 'multiselect' },
  { slug: 'due', type: 'date' },
  { slug: 'vip', type: 'boolean' },
  { slug: 'owner', type: 'user' },
  ...systemFilterFields,
];

const draft = (logic: 'and' | 'or', ...rows: Omit<FilterDraft['rows'][number], 'id'>[]): FilterDraft => ({
  logic,
  rows: rows.map((row, i) => ({ id: `r${i}`, ...row })),
});

describe('toFilterJson', () => {
  it('answers undefined when no row is complete', () => {
    expect(toFilterJson(draft('and'), fields)).toBeUndefined();
    expect(toFilterJson(draft('and', { field: 'name', op: 'contains', value: '  ' }), fields)).toBeUndefined();
    expect(toFilterJson(draft('and', { field: 'name' }), fields)).toBeUndefined();
  });

  it('sends a single condition bare', () => {
    expect(toFilterJson(draft('and', { field: 'source', op: 'eq', value: 'web' }), fields)).toEqual({
      field: 'source',
      op: 'eq',
      value: 'web',
    });
  });

  it('joins rows with the chosen logic and converts numbers', () => {
    const result = toFilterJson(
      draft('or', { field: 'source', op: 'eq', value: 'web' }, { field: 'budget', op: 'gte', value: '10000' }),
      fields,
    );
    expect(result).toEqual({
      or: [
        { field: 'source', op: 'eq', value: 'web' },
        { field: 'budget', op: 'gte', value: 10000 },
      ],
    });
  });

  it('leaves out rows whose value does not fit', () => {
    const result = toFilterJson(
      draft('and', { field: 'budget', op: 'gt', value: 'lots' }, { field: 'name', op: 'is_empty' }),
      fields,
    );
    expect(result).toEqual({ field: 'name', op: 'is_empty' });
  });

  it('builds arrays for in and between', () => {
    expect(toFilterJson(draft('and', { field: 'tags', op: 'in', value: ['a', 'b'] }), fields)).toEqual({
      field: 'tags',
      op: 'in',
      value: ['a', 'b'],
    });
    expect(
      toFilterJson(draft('and', { field: 'due', op: 'between', value: ['2026-01-01', '2026-01-31'] }), fields),
    ).toEqual({ field: 'due', op: 'between', value: ['2026-01-01', '2026-01-31'] });
    expect(toFilterJson(draft('and', { field: 'due', op: 'between', value: ['2026-01-01', null] }), fields)).toBe(
      undefined,
    );
  });

  it('handles relative dates and booleans', () => {
    expect(toFilterJson(draft('and', { field: 'due', op: 'last_days', value: 7.6 }), fields)).toEqual({
      field: 'due',
      op: 'last_days',
      value: 7,
    });
    expect(toFilterJson(draft('and', { field: 'due', op: 'period', value: 'this_month' }), fields)).toEqual({
      field: 'due',
      op: 'period',
      value: 'this_month',
    });
    expect(toFilterJson(draft('and', { field: 'vip', op: 'eq', value: false }), fields)).toEqual({
      field: 'vip',
      op: 'eq',
      value: false,
    });
  });

  it('refuses an operator the field type does not offer', () => {
    expect(toFilterJson(draft('and', { field: 'vip', op: 'contains', value: 'x' }), fields)).toBeUndefined();
  });

  it('filters system fields with their own types', () => {
    expect(toFilterJson(draft('and', { field: 'ownerId', op: 'eq', value: '3' }), fields)).toEqual({
      field: 'ownerId',
      op: 'eq',
      value: 3,
    });
  });
});

describe('fromFilterJson', () => {
  it('round-trips a flat group', () => {
    const json = { or: [{ field: 'source', op: 'eq' as const, value: 'web' }, { field: 'name', op: 'is_empty' as const }] };
    const back = fromFilterJson(json);
    expect(back?.logic).toBe('or');
    expect(toFilterJson(back as FilterDraft, fields)).toEqual(json);
  });

  it('reads a bare condition and no filter', () => {
    expect(fromFilterJson({ field: 'name', op: 'contains', value: 'x' })?.rows).toHaveLength(1);
    expect(fromFilterJson(undefined)).toEqual({ logic: 'and', rows: [] });
  });

  it('answers null for nested groups it cannot show', () => {
    expect(fromFilterJson({ and: [{ field: 'name', op: 'is_empty' }, { or: [] }] })).toBeNull();
  });
});

describe('operators', () => {
  it('offers operators by type', () => {
    expect(operatorsFor('date')).toContain('last_days');
    expect(operatorsFor('text')).not.toContain('last_days');
    expect(operatorsFor('multiselect')).toContain('contains');
    expect(operatorsFor('number')).toContain('between');
    expect(valueKind('is_empty')).toBe('none');
    expect(valueKind('not_in')).toBe('list');
  });

  it('counts only complete rows', () => {
    expect(
      activeConditionCount(draft('and', { field: 'name', op: 'contains', value: 'x' }, { field: 'budget' }), fields),
    ).toBe(1);
  });
});
