import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { fieldLabel, importTargets } from '../fieldChoices';

const fields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: { 'zh-CN': '姓名', en: 'Name' } },
  { slug: 'code', type: 'autonumber', label: { 'zh-CN': '编号', en: 'Code' } },
];

describe('fieldChoices', () => {
  it('offers every field but auto numbers, and the owner, as import targets', () => {
    expect(importTargets(fields)).toEqual(['name', 'ownerId']);
  });

  it('labels a field in the current language, and an unknown one by its slug', () => {
    expect(fieldLabel(fields, 'name', 'en')).toBe('Name');
    expect(fieldLabel(fields, 'name', 'zh-CN')).toBe('姓名');
    expect(fieldLabel(fields, 'gone', 'en')).toBe('gone');
  });
});
