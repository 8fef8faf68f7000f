import { describe, expect, it } from 'vitest';
import { indexInOwnColumn, orderedTop } from '../cardOrder';

describe('card order', () => {
  it('places a card dropped in its own column, counting the slot it leaves', () => {
    expect(indexInOwnColumn(3, 0)).toBe(0);
    expect(indexInOwnColumn(0, 3)).toBe(2);
    expect(indexInOwnColumn(2, 2)).toBe(2);
  });

  it('sends the whole loaded top of the column, so cards placed below the moved one keep their place', () => {
    const slots = [{ id: 9 }, { id: 4 }, { id: 7 }, null, { id: 8 }];
    expect(orderedTop(slots, 0)).toEqual([9, 4, 7]);
    expect(orderedTop(slots, 2)).toEqual([9, 4, 7]);
  });

  it('gives up when the card is below a page not loaded or deeper than 500', () => {
    expect(orderedTop([{ id: 1 }, null, { id: 3 }], 2)).toBeUndefined();
    const long = Array.from({ length: 600 }, (_, id) => ({ id }));
    expect(orderedTop(long, 499)).toHaveLength(500);
    expect(orderedTop(long, 500)).toBeUndefined();
  });
});
