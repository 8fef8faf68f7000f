import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { formatDateTime, formatValue, type FormatContext } from '../formatValue';

const zh: FormatContext = { language: 'zh-CN', yes: '是', no: '否', timeZone: 'Asia/Shanghai' };
const en: FormatContext = { language: 'en', yes: 'Yes', no: 'No', timeZone: 'UTC' };
const field = (type: FieldDefinition['type'], extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  slug: 'f',
  type,
  label: { en: 'F' },
  ...extra,
});

describe('formatValue', () => {
  it('shows nothing for empty values', () => {
    expect(formatValue(field('text'), null, zh)).toBe('');
    expect(formatValue(field('multiselect'), [], zh)).toBe('');
  });

  it('formats currency with its code and precision', () => {
    expect(formatValue(field('currency', { currency: 'USD', precision: 2 }), 1234.5, en)).toBe('$1,234.50');
    expect(formatValue(field('currency', { currency: 'CNY' }), 10000, zh)).toBe('¥10,000.00');
  });

  it('formats numbers and percents with their precision', () => {
    expect(formatValue(field('number'), 12345, en)).toBe('12,345');
    expect(formatValue(field('number', { precision: 1 }), 2.25, en)).toBe('2.3');
    expect(formatValue(field('percent', { precision: 1 }), 12.5, en)).toBe('12.5%');
  });

  it('names booleans in the current language', () => {
    expect(formatValue(field('boolean'), true, zh)).toBe('是');
    expect(formatValue(field('boolean'), false, en)).toBe('No');
  });

  it('shows date-times in the viewer time zone', () => {
    expect(formatValue(field('datetime'), '2026-11-22T08:30:00Z', zh)).toBe('2026-11-22 16:30');
    expect(formatDateTime('2026-11-22T23:30:00Z', 'UTC')).toBe('2026-11-22 23:30');
    expect(formatValue(field('date'), '2026-11-22', zh)).toBe('2026-11-22');
  });

  it('shows select labels in the current language', () => {
    const source = field('select', {
      options: [
        { value: 'web', label: { 'zh-CN': '官网', en: 'Website' } },
        { value: 'expo', label: { 'zh-CN': '展会', en: 'Trade show' } },
      ],
    });
    expect(formatValue(source, 'web', zh)).toBe('官网');
    expect(formatValue(source, 'web', en)).toBe('Website');
    expect(formatValue(source, 'gone', en)).toBe('gone');
    expect(formatValue({ ...source, type: 'multiselect' }, ['web', 'expo'], en)).toBe('Website, Trade show');
  });

  it('shows a stage by its label in the current language', () => {
    const stage = field('stage', {
      stages: [
        { value: 'new', label: { 'zh-CN': '新线索', en: 'New' } },
        { value: 'won', label: { 'zh-CN': '赢单', en: 'Won' }, category: 'won' },
      ],
    });
    expect(formatValue(stage, 'won', zh)).toBe('赢单');
    expect(formatValue(stage, 'new', en)).toBe('New');
  });

  it('draws ratings as stars up to the maximum', () => {
    expect(formatValue(field('rating', { max: 5 }), 3, en)).toBe('★★★☆☆');
    expect(formatValue(field('rating', { max: 3 }), 9, en)).toBe('★★★');
  });

  it('names linked users and records', () => {
    expect(formatValue(field('user'), { id: 1, name: 'Admin' }, en)).toBe('Admin');
    expect(formatValue(field('user'), 2, { ...en, userNames: new Map([[2, 'Li Lei']]) })).toBe('Li Lei');
    expect(formatValue(field('user'), 9, en)).toBe('#9');
    const company = field('relation', { relation: { entity: 'company', onDelete: 'restrict' } });
    expect(formatValue(company, { id: 3, title: 'ACME' }, { ...en, displayFields: { company: 'title' } })).toBe('ACME');
    expect(formatValue(company, { id: 3 }, en)).toBe('#3');
  });
});

describe('formatValue of formula fields', () => {
  it('reads the value by the result type, with the formula precision', () => {
    expect(formatValue(field('formula', { resultType: 'number', precision: 1 }), 12.34, en)).toBe('12.3');
    expect(formatValue(field('formula', { resultType: 'boolean' }), true, zh)).toBe('是');
    expect(formatValue(field('formula', { resultType: 'datetime' }), '2026-11-22T08:30:00Z', zh)).toBe('2026-11-22 16:30');
    expect(formatValue(field('formula', { resultType: 'text' }), 'A', en)).toBe('A');
  });
});
