import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import { recordKeys, recordsApi } from '../records';
import { boardApi } from './boardApi';
import { boardReducer, findCard, type BoardAction, type BoardState } from './boardState';
import { indexInOwnColumn, orderedTop } from './cardOrder';
import { stageGateOf } from './gateProblem';
import type { DropTarget } from './useBoardDrag';
import type { BoardCard, StageGate } from './types';

/** A move a gate refused, waiting for the person to give what it asks for. */
export type PendingMove = { card: BoardCard; stage: string; gap: number; gate: StageGate };

type Options = {
  entity: string;
  field: string;
  state: BoardState;
  dispatch: Dispatch<BoardAction>;
  refreshTotals: () => Promise<void>;
  reload: () => void;
};

/**
 * What a drop does. Across columns: the card moves at once, then `PATCH` changes its stage (a refusal by
 * a gate puts it back and opens the prompt; any other error puts it back and says why), then its place
 * in the column is kept with `PUT …/board/order`. Within a column: the card moves at once and the order
 * is saved. Totals are refreshed from the server after a stage change.
 */
export function useBoardMoves({ entity, field, state, dispatch, refreshTotals, reload }: Options) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingMove>();

  // A stage change is a record write: the board's totals and the entity's other screens catch up.
  const changed = useCallback(() => {
    void refreshTotals().catch(() => {});
    void queryClient.invalidateQueries({ queryKey: recordKeys.entity(entity) });
  }, [entity, queryClient, refreshTotals]);

  const keepPlace = useCallback(
    async (next: BoardState, stage: string, index: number) => {
      const column = next.columns.find((candidate) => candidate.stage === stage);
      const ids = column && orderedTop(column.slots, index);
      if (!ids) {
        void message.info(t('board.orderNotKept'));
        return;
      }
      await boardApi.order(entity, field, stage, ids);
    },
    [entity, field, message, t],
  );

  const reorder = useCallback(
    async (card: BoardCard, stage: string, from: number, gap: number) => {
      const index = indexInOwnColumn(from, gap);
      if (index === from) return;
      const action: BoardAction = { type: 'move', id: card.id, to: stage, index };
      const next = boardReducer(state, action);
      dispatch(action);
      try {
        await keepPlace(next, stage, index);
      } catch (error) {
        dispatch({ type: 'move', id: card.id, to: stage, index: from });
        void message.error(problemText(error, t('board.orderFailed')));
      }
    },
    [dispatch, keepPlace, message, state, t],
  );

  /** Puts a card (saved in its new stage) at the gap it was dropped into, and keeps it there. */
  const place = useCallback(
    async (saved: BoardCard, stage: string, gap: number) => {
      const action: BoardAction = { type: 'move', id: saved.id, to: stage, index: gap, card: saved };
      const next = boardReducer(state, action);
      dispatch(action);
      try {
        await keepPlace(next, stage, gap);
      } catch {
        // The stage change is saved; only the place in the column is lost, which a reload shows.
      }
      changed();
    },
    [changed, dispatch, keepPlace, state],
  );

  const moveAcross = useCallback(
    async (card: BoardCard, from: { stage: string; index: number }, stage: string, gap: number) => {
      const action: BoardAction = { type: 'move', id: card.id, to: stage, index: gap };
      const next = boardReducer(state, action);
      dispatch(action);
      try {
        const saved = await recordsApi.update(entity, card.id, card.version, { [field]: stage });
        dispatch({ type: 'replace', card: saved });
        try {
          await keepPlace(boardReducer(next, { type: 'replace', card: saved }), stage, gap);
        } catch {
          // As in place(): the move is saved.
        }
        changed();
      } catch (error) {
        dispatch({ type: 'move', id: card.id, to: from.stage, index: from.index, card });
        const gate = stageGateOf(error);
        if (gate) setPending({ card, stage, gap, gate });
        else if (isProblem(error, 409)) {
          void message.warning(t('board.stale'));
          reload();
        } else void message.error(problemText(error, t('board.moveFailed')));
      }
    },
    [changed, dispatch, entity, field, keepPlace, message, reload, state, t],
  );

  const drop = useCallback(
    (card: BoardCard, target: DropTarget) => {
      const at = findCard(state, card.id);
      if (!at) return;
      const from = state.columns[at.column].stage;
      if (from === target.stage) void reorder(card, from, at.index, target.gap);
      else void moveAcross(card, { stage: from, index: at.index }, target.stage, target.gap);
    },
    [moveAcross, reorder, state],
  );

  /** The prompt saved the missing fields and the move: the card goes where it was dropped. */
  const settle = useCallback(
    (saved: BoardCard) => {
      if (!pending) return;
      setPending(undefined);
      void place(saved, pending.stage, pending.gap);
    },
    [pending, place],
  );

  return { drop, pending, settle, dismiss: () => setPending(undefined) };
}
