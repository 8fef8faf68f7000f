import { describe, expect, it } from 'vitest';
import { buildCondition, parseCondition, type ConditionModel } from '../conditions';
import type { FormSchema } from '../types';
import { evaluateRules } from '../validateRecord';

// The table of docs/forms.md: what the builder writes for each choice.
const table: [ConditionModel, unknown][] = [
  [{ field: 'status', op: 'is', value: 'lost' }, { properties: { status: { enum: ['lost'] } }, required: ['status'] }],
  [{ field: 'status', op: 'isNot', value: 'lost' }, { not: { properties: { status: { enum: ['lost'] } }, required: ['status'] } }],
  [{ field: 'status', op: 'isEmpty' }, { not: { required: ['status'] } }],
  [{ field: 'status', op: 'isNotEmpty' }, { required: ['status'] }],
  [
    { field: 'tags', op: 'includes', value: 'vip' },
    { properties: { tags: { not: { items: { not: { enum: ['vip'] } } } } }, required: ['tags'] },
  ],
  [{ field: 'vip', op: 'is', value: true }, { properties: { vip: { enum: [true] } }, required: ['vip'] }],
  [{ field: 'score', op: 'isNot', value: 3 }, { not: { properties: { score: { enum: [3] } }, required: ['score'] } }],
];

describe('conditions', () => {
  it.each(table)('builds %j as the documented JSON', (model, json) => {
    expect(buildCondition(model)).toEqual(json);
  });

  it.each(table)('parses the JSON of %j back to the same choice', (model, json) => {
    expect(parseCondition(json)).toEqual(model);
    expect(parseCondition(buildCondition(model))).toEqual(model);
  });

  it.each([
    ['anyOf', { anyOf: [{ required: ['a'] }, { required: ['b'] }] }],
    ['a number range', { properties: { budget: { type: 'number', minimum: 100 } }, required: ['budget'] }],
    ['two values', { properties: { status: { enum: ['won', 'lost'] } }, required: ['status'] }],
    ['a value test on another field than the required one', { properties: { a: { enum: ['x'] } }, required: ['b'] }],
    ['a match without required', { properties: { status: { enum: ['lost'] } } }],
    ['two required fields', { required: ['a', 'b'] }],
    ['not of a not', { not: { not: { required: ['a'] } } }],
    ['an object as value', { properties: { a: { enum: [{ x: 1 }] } }, required: ['a'] }],
    ['null', null],
    ['a string', 'status = lost'],
  ])('cannot show %s and answers null', (_name, json) => {
    expect(parseCondition(json)).toBeNull();
  });

  it('writes conditions that mean what the builder says', () => {
    const rule = (model: ConditionModel) => [{ when: buildCondition(model), effect: 'hide' as const, field: 'x' }];
    const hides = (model: ConditionModel, data: Record<string, unknown>) => evaluateRules(rule(model), data).hidden.has('x');
    expect(hides({ field: 'status', op: 'is', value: 'lost' }, { status: 'lost' })).toBe(true);
    expect(hides({ field: 'status', op: 'is', value: 'lost' }, { status: 'new' })).toBe(false);
    expect(hides({ field: 'status', op: 'isNot', value: 'lost' }, {})).toBe(true);
    expect(hides({ field: 'status', op: 'isEmpty' }, { status: '' })).toBe(true);
    expect(hides({ field: 'status', op: 'isNotEmpty' }, { status: 'new' })).toBe(true);
    expect(hides({ field: 'tags', op: 'includes', value: 'vip' }, { tags: ['a', 'vip'] })).toBe(true);
    expect(hides({ field: 'tags', op: 'includes', value: 'vip' }, { tags: ['a'] })).toBe(false);
    expect(hides({ field: 'tags', op: 'includes', value: 'vip' }, { tags: [] })).toBe(false);
  });

  it('treats a condition that is not a valid schema as not holding', () => {
    const rules = [{ when: { type: 'no-such-type' } as unknown as FormSchema, effect: 'hide' as const, field: 'x' }];
    expect(evaluateRules(rules, { x: 1 }).hidden.has('x')).toBe(false);
  });
});
