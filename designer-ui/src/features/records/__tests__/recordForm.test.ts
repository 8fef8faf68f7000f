import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { toCreateBody, toFormValues, toUpdateBody } from '../recordForm';
import type { RecordItem } from '../types';

const fields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: {} },
  { slug: 'email', type: 'email', label: {} },
  { slug: 'due', type: 'date', label: {} },
  { slug: 'tags', type: 'multiselect', label: {} },
  { slug: 'vip', type: 'boolean', label: {} },
  { slug: 'company', type: 'relation', label: {}, relation: { entity: 'company', onDelete: 'restrict' } },
  { slug: 'code', type: 'autonumber', label: {} },
];

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
};

describe('record form values', () => {
  it('turns dates into dayjs and expanded links into ids, leaving auto-numbers out', () => {
    const values = toFormValues(fields, record);
    expect(dayjs.isDayjs(values.due)).toBe(true);
    expect(values.company).toBe(3);
    expect(values).not.toHaveProperty('code');
  });

  it('leaves empty fields out of a create so defaults apply', () => {
    const body = toCreateBody(fields, { name: ' 李四 ', email: '', due: dayjs('2026-12-24'), tags: [], vip: undefined });
    expect(body).toEqual({ name: ' 李四 ', due: '2026-12-24' });
  });

  it('sends only changed fields on update, cleared ones as null', () => {
    const values = { ...toFormValues(fields, record), email: '', tags: ['a', 'b'] };
    expect(toUpdateBody(fields, record, values)).toEqual({ email: null, tags: ['a', 'b'] });
  });

  it('sends a new owner, and leaves the owner to the server on create when none is chosen', () => {
    const owned = { ...record, ownerId: 1 };
    expect(toUpdateBody(fields, owned, { ...toFormValues(fields, owned), ownerId: 2 })).toEqual({ ownerId: 2 });
    expect(toCreateBody(fields, { name: 'x' })).toEqual({ name: 'x' });
    expect(toCreateBody(fields, { name: 'x', ownerId: 3 })).toEqual({ name: 'x', ownerId: 3 });
  });

  it('sends nothing when nothing changed', () => {
    expect(toUpdateBody(fields, record, toFormValues(fields, record))).toEqual({});
  });
});
