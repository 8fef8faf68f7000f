import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { defaultPrefs, parsePrefs } from '../boardPrefs';
import { initials } from '../initials';

const fields: FieldDefinition[] = [
  { slug: 'notes', type: 'longtext', label: { en: 'Notes' } },
  { slug: 'name', type: 'text', label: { en: 'Name' } },
  { slug: 'score', type: 'number', label: { en: 'Score' } },
  { slug: 'amount', type: 'currency', label: { en: 'Amount' } },
  { slug: 'stage', type: 'stage', label: { en: 'Stage' } },
];

describe('board preferences', () => {
  it('sum the currency field called amount even when another currency field comes first', () => {
    const budgetFirst = [{ slug: 'budget', type: 'currency', label: { en: 'Budget' } }, ...fields] as typeof fields;
    expect(defaultPrefs(budgetFirst).amount).toBe('amount');
    expect(defaultPrefs(budgetFirst.filter((field) => field.slug !== 'amount')).amount).toBe('budget');
  });

  it('start with the first text field on cards and the first currency field summed', () => {
    expect(defaultPrefs(fields)).toEqual({ cardFields: ['name'], amount: 'amount' });
    expect(parsePrefs(null, fields, 'stage')).toEqual({ cardFields: ['name'], amount: 'amount' });
  });

  it('keep a stored choice, dropping fields since deleted and the pipeline itself', () => {
    const stored = JSON.stringify({ cardFields: ['score', 'gone', 'stage', 'name'], amount: 'score' });
    expect(parsePrefs(stored, fields, 'stage')).toEqual({ cardFields: ['score', 'name'], amount: 'score' });
  });

  it('keep "no sums" but replace a deleted amount field', () => {
    expect(parsePrefs(JSON.stringify({ cardFields: [], amount: '' }), fields, 'stage').amount).toBe('');
    expect(parsePrefs(JSON.stringify({ cardFields: [], amount: 'gone' }), fields, 'stage').amount).toBe('amount');
    expect(parsePrefs('not json', fields, 'stage')).toEqual(defaultPrefs(fields));
  });

  it('show an owner by initials', () => {
    expect(initials('李娜')).toBe('李');
    expect(initials('Ada Lovelace King')).toBe('AL');
    expect(initials('  ')).toBe('?');
  });
});
