import { describe, expect, it } from 'vitest';
import { insertSlug, moveSlug, newFieldBody, nextOptionColor, toFieldForm, toFieldPatch } from '../fieldForm';
import type { FieldDefinition } from '../../../shared/schema';

const source: FieldDefinition = {
  slug: 'source',
  type: 'select',
  label: { 'zh-CN': '来源', en: 'Source' },
  required: false,
  unique: false,
  indexed: true,
  default: 'web',
  options: [{ value: 'web', label: { 'zh-CN': '官网', en: 'Website' }, color: '#1677ff' }],
};

describe('toFieldForm / toFieldPatch', () => {
  it('round-trips a select field', () => {
    const patch = toFieldPatch(toFieldForm(source));
    expect(patch).toEqual({
      slug: 'source',
      type: 'select',
      label: { 'zh-CN': '来源', en: 'Source' },
      help: null,
      required: false,
      unique: false,
      indexed: true,
      default: 'web',
      options: [{ value: 'web', label: { 'zh-CN': '官网', en: 'Website' }, color: '#1677ff' }],
    });
  });

  it('drops settings the new type does not understand after a type change', () => {
    const values = { ...toFieldForm(source), type: 'text' as const, maxLength: 200 };
    const patch = toFieldPatch(values);
    expect(patch.type).toBe('text');
    expect(patch.maxLength).toBe(200);
    expect(patch).not.toHaveProperty('options');
  });

  it('skips option rows without a value and blank translations', () => {
    const values = toFieldForm(source);
    values.options.push({ value: '  ', label: { 'zh-CN': '空', en: '' } });
    values.options.push({ value: 'expo', label: { 'zh-CN': '展会', en: '' } });
    expect(toFieldPatch(values).options).toEqual([
      { value: 'web', label: { 'zh-CN': '官网', en: 'Website' }, color: '#1677ff' },
      { value: 'expo', label: { 'zh-CN': '展会' } },
    ]);
  });

  it('sends a cleared default as null and never a default for an autonumber', () => {
    expect(toFieldPatch({ ...toFieldForm(source), default: '' }).default).toBeNull();
    const code = toFieldPatch({ ...toFieldForm(source), type: 'autonumber', pattern: 'L-{0000}' });
    expect(code).not.toHaveProperty('default');
    expect(code.pattern).toBe('L-{0000}');
  });

  it('keeps help when one language is given', () => {
    const values = { ...toFieldForm(source), help: { 'zh-CN': '', en: 'Where from' } };
    expect(toFieldPatch(values).help).toEqual({ en: 'Where from' });
  });
});

describe('newFieldBody', () => {
  const context = {
    entity: 'lead',
    takenSlugs: ['text_1'],
    typeName: { 'zh-CN': '单行文本', en: 'Text' },
    entities: ['lead', 'company'],
    optionName: { 'zh-CN': '选项', en: 'Option' },
  };

  it('numbers slug and label after the fields already there', () => {
    expect(newFieldBody('text', context)).toEqual({
      slug: 'text_2',
      type: 'text',
      label: { 'zh-CN': '单行文本 2', en: 'Text 2' },
    });
  });

  it('fills the defaults a type needs', () => {
    expect(newFieldBody('currency', context)).toMatchObject({ precision: 2, currency: 'CNY' });
    expect(newFieldBody('rating', context)).toMatchObject({ max: 5 });
    expect(newFieldBody('select', context).options).toEqual([
      { value: 'option_1', label: { 'zh-CN': '选项 1', en: 'Option 1' }, color: '#1677ff' },
    ]);
    expect(newFieldBody('autonumber', context)).toMatchObject({ pattern: 'L-{yyyy}-{0000}' });
  });

  it('points a relation at another entity when there is one', () => {
    expect(newFieldBody('relation', context).relation).toEqual({ entity: 'company', onDelete: 'set_null' });
    expect(newFieldBody('relation', { ...context, entities: ['lead'] }).relation?.entity).toBe('lead');
  });
});

describe('field order helpers', () => {
  it('moves a slug to where another one was', () => {
    expect(moveSlug(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSlug(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(moveSlug(['a', 'b'], 'a', 'x')).toEqual(['a', 'b']);
  });

  it('inserts a new slug before the row it was dropped on', () => {
    expect(insertSlug(['a', 'b', 'n'], 'n', 'b')).toEqual(['a', 'n', 'b']);
    expect(insertSlug(['a', 'b', 'n'], 'n')).toEqual(['a', 'b', 'n']);
    expect(insertSlug(['a', 'b', 'n'], 'n', 'missing')).toEqual(['a', 'b', 'n']);
  });

  it('gives the next option an unused colour', () => {
    expect(nextOptionColor([])).toBe('#1677ff');
    expect(nextOptionColor(['#1677ff'])).toBe('#52c41a');
  });
});

describe('stage fields', () => {
  const context = { entity: 'deal', takenSlugs: [], typeName: { en: 'Stage' }, entities: ['deal'], optionName: { en: 'Option' } };

  it('start with the six-stage pipeline', () => {
    const body = newFieldBody('stage', context);
    expect(body.stages?.map((stage) => stage.value)).toEqual(['new', 'contacted', 'qualified', 'proposal', 'won', 'lost']);
  });

  it('send their stages, the going-back switch and the first stage, and nothing a stage cannot have', () => {
    const field: FieldDefinition = { ...newFieldBody('stage', context), slug: 'stage_1', type: 'stage', label: { en: 'Stage' } };
    const patch = toFieldPatch({ ...toFieldForm(field), allowBackward: false, default: 'new', unique: true });
    expect(patch.stages).toHaveLength(6);
    expect(patch.allowBackward).toBe(false);
    expect(patch.default).toBe('new');
    expect(patch.unique).toBe(false);
    expect(patch.options).toBeUndefined();
  });
});
