import { describe, expect, it } from 'vitest';
import { boardReducer, cardAmount, findCard, type BoardState } from '../boardState';
import type { BoardData } from '../types';

const card = (id: number, amount?: number) => ({ id, version: 1, updatedAt: '2026-11-01T00:00:00Z', amount });

const board: BoardData = {
  field: 'stage',
  amount: 'amount',
  total: 5,
  columns: [
    { stage: 'new', label: { en: 'New' }, category: 'open', probability: 10, count: 3, sum: 600, weighted: 60, cards: [card(1, 100), card(2, 200), card(3, 300)] },
    { stage: 'proposal', label: { en: 'Proposal' }, category: 'open', probability: 60, count: 2, sum: 1000, weighted: 600, cards: [card(4, 1000)] },
  ],
};

const start = (): BoardState => boardReducer({ columns: [] }, { type: 'reset', board });
const ids = (state: BoardState, column: number) => state.columns[column].slots.map((slot) => slot?.id ?? null);

describe('boardReducer', () => {
  it('gives each column one slot per record, empty until its page is loaded', () => {
    const state = start();
    expect(ids(state, 0)).toEqual([1, 2, 3]);
    expect(ids(state, 1)).toEqual([4, null]);
  });

  it('moves a card across columns with both counts, sums and weighted sums following', () => {
    const state = boardReducer(start(), { type: 'move', id: 2, to: 'proposal', index: 1 });
    expect(ids(state, 0)).toEqual([1, 3]);
    expect(ids(state, 1)).toEqual([4, 2, null]);
    expect(state.columns[0]).toMatchObject({ count: 2, sum: 400, weighted: 40 });
    expect(state.columns[1]).toMatchObject({ count: 3, sum: 1200, weighted: 720 });
  });

  it('counts a card without an amount but adds nothing to the sums', () => {
    const before = start();
    const withEmpty = boardReducer(before, { type: 'replace', card: card(1) });
    const state = boardReducer(withEmpty, { type: 'move', id: 1, to: 'proposal', index: 0 });
    expect(state.columns[1]).toMatchObject({ count: 3, sum: 1000, weighted: 600 });
  });

  it('reorders within a column without touching its totals', () => {
    const state = boardReducer(start(), { type: 'move', id: 3, to: 'new', index: 0 });
    expect(ids(state, 0)).toEqual([3, 1, 2]);
    expect(state.columns[0]).toMatchObject({ count: 3, sum: 600 });
  });

  it('puts a moved card back where it was (a refused move)', () => {
    const moved = boardReducer(start(), { type: 'move', id: 2, to: 'proposal', index: 0 });
    const back = boardReducer(moved, { type: 'move', id: 2, to: 'new', index: 1 });
    expect(back.columns.map((column) => [column.count, column.sum, column.weighted])).toEqual([
      [3, 600, 60],
      [2, 1000, 600],
    ]);
    expect(ids(back, 0)).toEqual([1, 2, 3]);
  });

  it('fills a loaded page into its slots and follows the total the page reports', () => {
    const state = boardReducer(start(), { type: 'loaded', stage: 'proposal', offset: 1, total: 3, cards: [card(5), card(6)] });
    expect(ids(state, 1)).toEqual([4, 5, 6]);
    expect(state.columns[1].count).toBe(3);
  });

  it('takes fresh totals from the server and keeps the loaded cards', () => {
    const fresh: BoardData = {
      ...board,
      columns: [
        { ...board.columns[0], cards: [] },
        { ...board.columns[1], count: 3, sum: 1500, weighted: 900, cards: [] },
      ],
    };
    const state = boardReducer(start(), { type: 'totals', board: fresh });
    expect(ids(state, 1)).toEqual([4, null, null]);
    expect(state.columns[1]).toMatchObject({ count: 3, sum: 1500, weighted: 900 });
  });

  it('replaces a saved card and its column sum follows its new amount', () => {
    const state = boardReducer(start(), { type: 'replace', card: { ...card(4, 2500), version: 2 } });
    expect(state.columns[1].slots[0]).toMatchObject({ id: 4, version: 2 });
    expect(state.columns[1]).toMatchObject({ sum: 2500, weighted: 1500 });
  });

  it('finds a card and reads its amount', () => {
    expect(findCard(start(), 3)).toEqual({ column: 0, index: 2 });
    expect(findCard(start(), 99)).toBeUndefined();
    expect(cardAmount(card(1, 12.5), 'amount')).toBe(12.5);
    expect(cardAmount(card(1), 'amount')).toBe(0);
    expect(cardAmount(card(1, 5), null)).toBe(0);
  });
});
