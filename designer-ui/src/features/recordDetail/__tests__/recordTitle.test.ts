import { describe, expect, it } from 'vitest';
import { recordTitle } from '../recordTitle';
import { deal, en } from './fixtures';

describe('recordTitle', () => {
  it('names a record by its display field', () => {
    expect(recordTitle(deal, { id: 3, name: 'Acme' }, en)).toBe('Acme');
  });

  it('falls back to the first filled text field, then to the id', () => {
    const noDisplay = { ...deal, displayField: null };
    expect(recordTitle(noDisplay, { id: 3, name: 'Acme' }, en)).toBe('Acme');
    expect(recordTitle(deal, { id: 3, name: '' }, en)).toBe('#3');
  });
});
