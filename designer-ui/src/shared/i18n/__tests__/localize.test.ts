import { describe, expect, it } from 'vitest';
import { compactText, localize } from '../localize';

describe('localize', () => {
  it('picks the wanted language', () => {
    expect(localize({ 'zh-CN': '线索', en: 'Lead' }, 'en')).toBe('Lead');
    expect(localize({ 'zh-CN': '线索', en: 'Lead' }, 'zh-CN')).toBe('线索');
  });

  it('falls back to the other language when a translation is missing or empty', () => {
    expect(localize({ 'zh-CN': '线索', en: '' }, 'en')).toBe('线索');
    expect(localize({ en: 'Lead' }, 'zh-CN')).toBe('Lead');
  });

  it('answers an empty string for no text', () => {
    expect(localize(undefined, 'en')).toBe('');
    expect(localize({}, 'en')).toBe('');
  });
});

describe('compactText', () => {
  it('drops blank translations and trims the rest', () => {
    expect(compactText({ 'zh-CN': ' 来源 ', en: '  ' })).toEqual({ 'zh-CN': '来源' });
    expect(compactText({ 'zh-CN': '', en: '' })).toBeUndefined();
  });
});
