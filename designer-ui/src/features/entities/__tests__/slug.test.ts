import { describe, expect, it } from 'vitest';
import { isGeneratedFieldSlug, isValidSlug, nextFieldSlug, suggestSlug, uniqueSlug } from '../slug';

describe('suggestSlug', () => {
  it('turns an English label into snake case', () => {
    expect(suggestSlug('Lead Source')).toBe('lead_source');
    expect(suggestSlug('  Budget (CNY) ')).toBe('budget_cny');
    expect(suggestSlug('Café Owner')).toBe('cafe_owner');
  });

  it('answers empty for a label without latin letters or digits', () => {
    expect(suggestSlug('线索')).toBe('');
    expect(suggestSlug('---')).toBe('');
  });

  it('makes the slug start with a letter', () => {
    expect(suggestSlug('2026 target')).toBe('f_2026_target');
  });

  it('steps around reserved names', () => {
    expect(suggestSlug('Order')).toBe('order_1');
    expect(suggestSlug('ID')).toBe('id_1');
    expect(suggestSlug('Created at')).toBe('created_at_1');
    expect(isValidSlug(suggestSlug('sys_flag'))).toBe(false);
  });

  it('stays within 63 characters', () => {
    const slug = suggestSlug('a'.repeat(100));
    expect(slug).toHaveLength(63);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('isValidSlug', () => {
  it('follows the server pattern', () => {
    expect(isValidSlug('lead')).toBe(true);
    expect(isValidSlug('Lead')).toBe(false);
    expect(isValidSlug('1lead')).toBe(false);
    expect(isValidSlug('lead-source')).toBe(false);
    expect(isValidSlug('select')).toBe(false);
    expect(isValidSlug('fts_index')).toBe(false);
  });
});

describe('uniqueSlug and nextFieldSlug', () => {
  it('adds the first free number', () => {
    expect(uniqueSlug('name', [])).toBe('name');
    expect(uniqueSlug('name', ['name', 'name_2'])).toBe('name_3');
    expect(nextFieldSlug('text', ['text_1', 'text_3'])).toBe('text_2');
    expect(nextFieldSlug('rating', [])).toBe('rating_1');
  });

  it('recognises a generated slug', () => {
    expect(isGeneratedFieldSlug('text_2', 'text')).toBe(true);
    expect(isGeneratedFieldSlug('name', 'text')).toBe(false);
    expect(isGeneratedFieldSlug('text_2', 'longtext')).toBe(false);
  });
});
