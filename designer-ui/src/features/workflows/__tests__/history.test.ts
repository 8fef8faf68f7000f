import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, historyReducer, startHistory, type History } from '../history';

const commit = (state: History<number>, next: number, key?: string) => historyReducer(state, { type: 'commit', next, key });

describe('historyReducer', () => {
  it('undoes and redoes steps in order', () => {
    let h = commit(commit(startHistory(0), 1), 2);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(1);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(0);
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe(1);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe(2);
    expect(historyReducer(h, { type: 'redo' })).toBe(h);
  });

  it('forgets the redo steps when something new is done', () => {
    let h = commit(commit(startHistory(0), 1), 2);
    h = historyReducer(h, { type: 'undo' });
    h = commit(h, 5);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([0, 1]);
  });

  it('folds commits with the same key into one step', () => {
    let h = commit(startHistory(0), 1);
    h = commit(h, 12, 'name');
    h = commit(h, 123, 'name');
    expect(h.past).toEqual([0, 1]);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(1);
  });

  it('does not fold after an undo', () => {
    let h = commit(startHistory(0), 1, 'k');
    h = historyReducer(h, { type: 'undo' });
    h = commit(h, 2, 'k');
    expect(h.past).toEqual([0]);
  });

  it('replaces the present without a step (a selection, a drag in progress)', () => {
    const h = historyReducer(commit(startHistory(0), 1), { type: 'replace', next: 7 });
    expect(h.present).toBe(7);
    expect(historyReducer(h, { type: 'undo' }).present).toBe(0);
  });

  it('records a drag shown without history as one step from where it began', () => {
    let h = commit(startHistory(0), 1);
    h = historyReducer(h, { type: 'replace', next: 2 });
    h = historyReducer(h, { type: 'replace', next: 3 });
    h = historyReducer(h, { type: 'commit', next: 3, from: 1 });
    expect(h.past).toEqual([0, 1]);
    expect(historyReducer(h, { type: 'undo' }).present).toBe(1);
  });

  it('keeps at most the limit of steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = commit(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });
});
