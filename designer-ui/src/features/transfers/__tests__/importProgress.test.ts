import { describe, expect, it } from 'vitest';
import { isFinished, progressPercent, writtenRows } from '../importProgress';

describe('progressPercent', () => {
  it('is the share of rows processed, rounded down so 100 means done', () => {
    expect(progressPercent({ status: 'running', total: 3, processed: 2 })).toBe(66);
    expect(progressPercent({ status: 'running', total: 1000, processed: 999 })).toBe(99);
  });

  it('is 0 before the total is known and 100 once completed, even for an empty sheet', () => {
    expect(progressPercent({ status: 'queued', total: 0, processed: 0 })).toBe(0);
    expect(progressPercent({ status: 'running', total: null, processed: 500 })).toBe(0);
    expect(progressPercent({ status: 'completed', total: 0, processed: 0 })).toBe(100);
  });
});

describe('isFinished and writtenRows', () => {
  it('stops polling only on completed or failed', () => {
    expect(['queued', 'running', 'completed', 'failed'].map((s) => isFinished(s as never))).toEqual([false, false, true, true]);
  });

  it('counts created and updated rows as written', () => {
    expect(writtenRows({ created: 7, updated: 2 })).toBe(9);
  });
});
