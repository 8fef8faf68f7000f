import { describe, expect, it } from 'vitest';
import { indexInOwnColumn, rankedPrefix } from '../cardOrder';

describe('card order', () => {
  it('places a card dropped in its own column, counting the slot it leaves', () => {
    expect(indexInOwnColumn(3, 0)).toBe(0);
    expect(indexInOwnColumn(0, 3)).toBe(2);
    expect(indexInOwnColumn(2, 2)).toBe(2);
  });

  it('ranks every card from the top down to the one placed', () => {
    const slots = [{ id: 9 }, { id: 4 }, { id: 7 }, null];
    expect(rankedPrefix(slots, 0)).toEqual([9]);
    expect(rankedPrefix(slots, 2)).toEqual([9, 4, 7]);
  });

  it('gives up when a card above is not loaded or the list is too long', () => {
    expect(rankedPrefix([{ id: 1 }, null, { id: 3 }], 2)).toBeUndefined();
    const long = Array.from({ length: 600 }, (_, id) => ({ id }));
    expect(rankedPrefix(long, 499)).toHaveLength(500);
    expect(rankedPrefix(long, 500)).toBeUndefined();
  });
});
