import { describe, expect, it } from 'vitest';
import { prepareUiSchema, withRequired } from '../prepareForm';
import type { FormSchema } from '../types';

const schema: FormSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    tags: { type: 'array', items: { type: 'string', enum: ['vip', 'new'] } },
    ownerId: { type: 'integer' },
  },
};

describe('prepareUiSchema', () => {
  it('copies a multi-select’s option labels to where rjsf reads them', () => {
    const ui = prepareUiSchema(schema, { tags: { 'ui:widget': 'checkboxes', 'ui:enumNames': ['VIP', '新客'] } });
    expect(ui.tags).toEqual({ 'ui:widget': 'checkboxes', 'ui:enumNames': ['VIP', '新客'], items: { 'ui:enumNames': ['VIP', '新客'] } });
  });

  it('fits ui:order to the properties: missing ones at the end, unknown ones dropped', () => {
    const ui = prepareUiSchema(schema, { 'ui:order': ['tags', 'gone', 'name'] });
    expect(ui['ui:order']).toEqual(['tags', 'name', 'ownerId']);
  });

  it('leaves a uiSchema without order alone', () => {
    expect(prepareUiSchema(schema, undefined)).toEqual({});
  });
});

describe('withRequired', () => {
  it('replaces the required list with what the rules require now', () => {
    expect(withRequired(schema, new Set(['tags', 'name'])).required).toEqual(['name', 'tags']);
    expect(schema.required).toEqual(['name']);
  });
});
