import { describe, expect, it } from 'vitest';
import type { RenderedForm } from '../../../shared/forms';
import type { FieldDefinition } from '../../../shared/schema';
import { promptForm } from '../promptForm';

const form: RenderedForm = {
  schema: {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string', title: 'Name' }, amount: { type: 'number', title: 'Amount' }, email: { type: 'string' } },
  },
  uiSchema: { amount: { 'ui:widget': 'updown' }, 'ui:order': ['name', 'amount', 'email'] },
  rules: [{ when: {}, effect: 'hide', field: 'email' }],
};
const fields: FieldDefinition[] = [
  { slug: 'amount', type: 'currency', label: { en: 'Amount' } },
  { slug: 'reason', type: 'select', label: { en: 'Lost reason', 'zh-CN': '输单原因' }, options: [{ value: 'price', label: { en: 'Price', 'zh-CN': '价格' } }] },
];

describe('promptForm', () => {
  it('holds exactly the missing fields, each required, as the record form draws them', () => {
    const prompt = promptForm(form, ['amount'], fields, 'en');
    expect(Object.keys(prompt.schema.properties ?? {})).toEqual(['amount']);
    expect(prompt.schema.required).toEqual(['amount']);
    expect(prompt.uiSchema.amount).toEqual({ 'ui:widget': 'updown' });
    expect(prompt.rules).toEqual([]);
  });

  it('describes a field the record form leaves out from its definition', () => {
    const prompt = promptForm(form, ['reason'], fields, 'zh-CN');
    expect(prompt.schema.properties?.reason).toEqual({ type: 'string', title: '输单原因', enum: ['price'] });
    expect(prompt.uiSchema.reason).toEqual({ 'ui:widget': 'select', 'ui:enumNames': ['价格'] });
  });
});
