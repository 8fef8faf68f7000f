import { describe, expect, it } from 'vitest';
import { prepareUiSchema, withoutRequired } from '../prepareForm';
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

describe('withoutRequired', () => {
  it('leaves the required list out, so rule changes do not replace the schema rjsf renders', () => {
    expect(withoutRequired(schema).required).toBeUndefined();
    expect(withoutRequired(schema).properties).toBe(schema.properties);
    expect(schema.required).toEqual(['name']);
  });
});
