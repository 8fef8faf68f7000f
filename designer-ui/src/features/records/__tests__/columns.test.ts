import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { defaultColumns, expandableFields, visibleColumns } from '../columns';

const fields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: {} },
  { slug: 'company', type: 'relation', label: {}, relation: { entity: 'company', onDelete: 'restrict' } },
  { slug: 'owner', type: 'user', label: {} },
  { slug: 'budget', type: 'currency', label: {} },
];

describe('columns', () => {
  it('shows every field by default', () => {
    expect(visibleColumns(undefined, fields)).toEqual(['name', 'company', 'owner', 'budget']);
    expect(defaultColumns(fields, 2)).toEqual(['name', 'company']);
  });

  it('keeps the entity order and drops columns that no longer exist', () => {
    expect(visibleColumns(['createdAt', 'budget', 'gone', 'name'], fields)).toEqual(['name', 'budget', 'createdAt']);
  });

  it('lists the fields the server can expand', () => {
    expect(expandableFields(fields)).toEqual(['company', 'owner']);
  });
});
