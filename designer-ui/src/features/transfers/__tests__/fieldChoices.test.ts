import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { fieldLabel, importableFields, sampleText } from '../fieldChoices';

const fields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: { 'zh-CN': '姓名', en: 'Name' } },
  { slug: 'code', type: 'autonumber', label: { 'zh-CN': '编号', en: 'Code' } },
];

describe('fieldChoices', () => {
  it('offers every field but auto numbers as an import target', () => {
    expect(importableFields(fields).map((field) => field.slug)).toEqual(['name']);
  });

  it('labels a field in the current language, and an unknown one by its slug', () => {
    expect(fieldLabel(fields, 'name', 'en')).toBe('Name');
    expect(fieldLabel(fields, 'name', 'zh-CN')).toBe('姓名');
    expect(fieldLabel(fields, 'gone', 'en')).toBe('gone');
  });

  it('shows empty sample cells as nothing', () => {
    expect([null, undefined, 0, '1,234.5', false].map(sampleText)).toEqual(['', '', '0', '1,234.5', 'false']);
  });
});
