import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { boardApi, boardKeys, type BoardQuery } from './boardApi';
import { boardReducer, emptyBoard } from './boardState';
import { missingPages } from './virtualRange';

/** Cards per page when a column is scrolled; the board itself brings the first page of every column. */
export const pageSize = 100;

/**
 * The board of one pipeline: totals and the first page of every column from the board API, more pages
 * of a column as it is scrolled (`loadRange`), and moves applied at once (`dispatch`) before the server
 * answers. A new query (another filter or amount field) starts again from the board API.
 */
export function useBoard(query: BoardQuery) {
  const [state, dispatch] = useReducer(boardReducer, emptyBoard);
  const board = useQuery({
    queryKey: boardKeys.board(query),
    queryFn: ({ signal }) => boardApi.board(query, pageSize, signal),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  // Pages being fetched per stage, and which board they belong to: an answer for an older board is dropped.
  const fetching = useRef(new Map<string, Set<number>>());
  const generation = useRef(0);

  useEffect(() => {
    if (!board.data) return;
    generation.current++;
    fetching.current = new Map();
    dispatch({ type: 'reset', board: board.data });
  }, [board.data]);

  const loadRange = useCallback(
    (stage: string, slots: readonly unknown[], start: number, end: number) => {
    const pending = fetching.current.get(stage) ?? new Set<number>();
    fetching.current.set(stage, pending);
    const current = generation.current;
    for (const page of missingPages(slots, start, end, pageSize, pending)) {
      pending.add(page);
      boardApi
        .cards(query, stage, page * pageSize, pageSize)
        .then((answer) => {
          if (generation.current !== current) return;
          dispatch({ type: 'loaded', stage, offset: page * pageSize, total: answer.total, cards: answer.cards });
        })
        .catch(() => {
          // Left empty: the next scroll over these slots asks again.
        })
        .finally(() => pending.delete(page));
    }
    },
    [query],
  );

  /** Fresh counts and sums from the server, the loaded cards kept (after a move: the amount may have been filled). */
  const refreshTotals = useCallback(async () => {
    const current = generation.current;
    const fresh = await boardApi.board(query, 0);
    if (generation.current === current) dispatch({ type: 'totals', board: fresh });
  }, [query]);

  return { state, dispatch, board, loadRange, refreshTotals };
}
