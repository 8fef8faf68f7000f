/** Undo/redo over whole editor states: `commit` records a step, `replace` changes the present without one. */
export type History<T> = { past: T[]; present: T; future: T[]; lastKey?: string };

export type HistoryAction<T> =
  | { type: 'commit'; next: T; key?: string; from?: T }
  | { type: 'replace'; next: T }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; next: T };

export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * A commit with the same `key` as the one before it (typing into one input) is folded into that step, so
 * one undo takes back the whole edit rather than a letter.
 */
export function historyReducer<T>(state: History<T>, action: HistoryAction<T>): History<T> {
  switch (action.type) {
    case 'commit': {
      // `from` is the state before a change that was shown step by step without history (a drag).
      const before = action.from ?? state.present;
      if (action.next === before) return state;
      if (action.key !== undefined && action.key === state.lastKey) return { ...state, present: action.next, future: [] };
      const past = [...state.past, before].slice(-HISTORY_LIMIT);
      return { past, present: action.next, future: [], lastKey: action.key };
    }
    case 'replace':
      return { ...state, present: action.next };
    case 'undo': {
      if (state.past.length === 0) return state;
      const previous = state.past[state.past.length - 1];
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      const [next, ...future] = state.future;
      return { past: [...state.past, state.present], present: next, future };
    }
    case 'reset':
      return startHistory(action.next);
  }
}
