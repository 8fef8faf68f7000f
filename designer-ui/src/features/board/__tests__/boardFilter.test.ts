import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { boardFilter } from '../boardFilter';

const fields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: { en: 'Name' } },
  { slug: 'email', type: 'email', label: { en: 'Email' } },
  { slug: 'amount', type: 'currency', label: { en: 'Amount' } },
  { slug: 'source', type: 'select', label: { en: 'Source' } },
];
const none = { q: '', mine: false, choices: [] };

describe('boardFilter', () => {
  it('is no filter when nothing is set', () => {
    expect(boardFilter(none, fields, 1)).toBeUndefined();
    expect(boardFilter({ ...none, q: '   ' }, fields, 1)).toBeUndefined();
  });

  it('searches the text fields for the trimmed text', () => {
    expect(boardFilter({ ...none, q: ' acme ' }, fields)).toEqual({
      or: [
        { field: 'name', op: 'contains', value: 'acme' },
        { field: 'email', op: 'contains', value: 'acme' },
      ],
    });
  });

  it('combines my records and the ticked choices', () => {
    expect(boardFilter({ q: '', mine: true, choiceField: 'source', choices: ['web', 'ads'] }, fields, 7)).toEqual({
      and: [
        { field: 'ownerId', op: 'eq', value: 7 },
        { field: 'source', op: 'in', value: ['web', 'ads'] },
      ],
    });
  });

  it('ignores a choice field that no longer exists', () => {
    expect(boardFilter({ ...none, choiceField: 'gone', choices: ['x'] }, fields)).toBeUndefined();
  });
});
