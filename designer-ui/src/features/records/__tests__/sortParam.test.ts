import { describe, expect, it } from 'vitest';
import { applyTableSorters, buildSort, parseSort, sortOrderOf } from '../sortParam';

describe('sort parameter', () => {
  it('parses and builds the API form', () => {
    const items = parseSort('-createdAt,name');
    expect(items).toEqual([
      { field: 'createdAt', desc: true },
      { field: 'name', desc: false },
    ]);
    expect(buildSort(items)).toBe('-createdAt,name');
  });

  it('ignores blanks and repeated fields', () => {
    expect(parseSort(' name, ,-name,budget')).toEqual([
      { field: 'name', desc: false },
      { field: 'budget', desc: false },
    ]);
    expect(parseSort(undefined)).toEqual([]);
    expect(buildSort([])).toBeUndefined();
  });
});

describe('applyTableSorters', () => {
  it('adds a newly clicked column last', () => {
    const first = applyTableSorters([], [{ field: 'name', order: 'ascend' }]);
    const second = applyTableSorters(first, [
      { field: 'budget', order: 'descend' },
      { field: 'name', order: 'ascend' },
    ]);
    expect(buildSort(second)).toBe('name,-budget');
  });

  it('flips a direction in place and drops a cleared column', () => {
    const current = parseSort('name,-budget');
    expect(buildSort(applyTableSorters(current, [
      { field: 'name', order: 'descend' },
      { field: 'budget', order: 'descend' },
    ]))).toBe('-name,-budget');
    expect(buildSort(applyTableSorters(current, [{ field: 'budget', order: 'descend' }, { field: 'name', order: null }]))).toBe('-budget');
  });

  it('tells a column its order', () => {
    const current = parseSort('name,-budget');
    expect(sortOrderOf(current, 'budget')).toBe('descend');
    expect(sortOrderOf(current, 'name')).toBe('ascend');
    expect(sortOrderOf(current, 'email')).toBeNull();
  });
});
