import { describe, expect, it } from 'vitest';
import type { RenderedForm } from '../../../shared/forms';
import { formFields, toCreateBody, toFormData, toUpdateBody, withOwnerField } from '../recordForm';
import type { RecordItem } from '../types';

const fields = ['name', 'email', 'due', 'tags', 'vip', 'company'];

const record: RecordItem = {
  id: 7,
  version: 2,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
  name: '张三',
  email: 'zs@example.com',
  due: '2026-12-01',
  tags: ['a'],
  vip: false,
  company: { id: 3, name: 'ACME' },
  code: 'L-2026-0007',
  hiddenNote: 'not on this form',
};

describe('record form data', () => {
  it('takes the form’s fields, expanded links as ids', () => {
    const data = toFormData(fields, record);
    expect(data).toEqual({ name: '张三', email: 'zs@example.com', due: '2026-12-01', tags: ['a'], vip: false, company: 3 });
  });

  it('leaves empty fields out of a create so defaults apply, and keeps a false', () => {
    const body = toCreateBody(fields, { name: ' 李四 ', email: '', due: '2026-12-24', tags: [], vip: false, company: undefined });
    expect(body).toEqual({ name: ' 李四 ', due: '2026-12-24', vip: false });
  });

  it('sends only changed fields on update, cleared ones as null, never fields the form does not show', () => {
    const data = { ...toFormData(fields, record), email: undefined, tags: ['a', 'b'], hiddenNote: 'x' };
    expect(toUpdateBody(fields, record, data)).toEqual({ email: null, tags: ['a', 'b'] });
  });

  it('sends a new owner, and leaves the owner to the server on create when none is chosen', () => {
    const owned = { ...record, ownerId: 1 };
    expect(toUpdateBody(fields, owned, { ...toFormData(fields, owned), ownerId: 2 })).toEqual({ ownerId: 2 });
    expect(toCreateBody(fields, { name: 'x' })).toEqual({ name: 'x' });
    expect(toCreateBody(fields, { name: 'x', ownerId: 3 })).toEqual({ name: 'x', ownerId: 3 });
  });

  it('sends nothing when nothing changed', () => {
    expect(toUpdateBody(fields, record, toFormData(fields, record))).toEqual({});
  });

  it('adds the owner picker to the form, outside the entity’s fields', () => {
    const form: RenderedForm = {
      schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      uiSchema: { 'ui:order': ['name'] },
      rules: [],
    };
    const owned = withOwnerField(form, 'Owner', 'Who answers for it');
    expect(owned.schema.properties?.ownerId).toEqual({ type: 'integer', title: 'Owner', description: 'Who answers for it' });
    expect(owned.uiSchema.ownerId).toEqual({ 'ui:widget': 'user' });
    expect(owned.schema.required).toEqual(['name']);
    expect(formFields(owned)).toEqual(['name']);
  });
});
