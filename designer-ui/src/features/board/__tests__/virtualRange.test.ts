import { describe, expect, it } from 'vitest';
import { gapAt, missingPages, visibleRange } from '../virtualRange';

describe('virtual columns', () => {
  it('draws only the cards in view and a few around them', () => {
    expect(visibleRange(0, 600, 100, 5000, 2)).toEqual({ start: 0, end: 8 });
    expect(visibleRange(250_000, 600, 100, 5000, 2)).toEqual({ start: 2498, end: 2508 });
    expect(visibleRange(499_800, 600, 100, 5000, 2)).toEqual({ start: 4996, end: 5000 });
    expect(visibleRange(0, 600, 100, 0)).toEqual({ start: 0, end: 0 });
  });

  it('asks for the pages in view that hold an empty slot and are not being fetched', () => {
    const slots = [...new Array(100).fill({}), ...new Array(400).fill(null)];
    expect(missingPages(slots, 90, 320, 100, new Set())).toEqual([1, 2, 3]);
    expect(missingPages(slots, 90, 320, 100, new Set([2]))).toEqual([1, 3]);
    expect(missingPages(slots, 0, 50, 100, new Set())).toEqual([]);
    expect(missingPages(slots, 480, 900, 100, new Set())).toEqual([4]);
  });

  it('finds the gap nearest the pointer', () => {
    expect(gapAt(-20, 100, 3)).toBe(0);
    expect(gapAt(40, 100, 3)).toBe(0);
    expect(gapAt(60, 100, 3)).toBe(1);
    expect(gapAt(1000, 100, 3)).toBe(3);
  });
});
