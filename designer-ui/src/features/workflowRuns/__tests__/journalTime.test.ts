import { describe, expect, it } from 'vitest';
import { journalTime } from '../journalTime';

describe('journalTime', () => {
  it('shows the seconds after the minute', () => {
    expect(journalTime('2026-11-23T09:05:07.250Z')).toMatch(/^2026-11-23 \d\d:05:07$/);
  });

  it('keeps a text that is not an instant', () => {
    expect(journalTime('soon')).toBe('soon');
  });
});
