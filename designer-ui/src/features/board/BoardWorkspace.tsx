import { DndContext, DragOverlay } from '@dnd-kit/core';
import { Skeleton } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { useMe } from '../auth';
import { recordPath, useFormatContext } from '../records';
import { BoardColumn } from './BoardColumn';
import { BoardHeader } from './BoardHeader';
import { boardFilter } from './boardFilter';
import { BoardToolbar } from './BoardToolbar';
import { cardGap, cardHeight, stageColor } from './cardLayout';
import { GatePrompt } from './GatePrompt';
import { KanbanCard } from './KanbanCard';
import type { BoardCard, QuickFilters } from './types';
import { useBoard } from './useBoard';
import { useBoardDrag } from './useBoardDrag';
import { useBoardMoves } from './useBoardMoves';
import { useBoardPrefs } from './useBoardPrefs';

type Props = {
  entity: EntityDefinition;
  field: FieldDefinition;
  /** Every pipeline of the entity, to switch between them. */
  pipelines: FieldDefinition[];
  onPipeline: (slug: string) => void;
};

const noFilters: QuickFilters = { q: '', mine: false, choices: [] };

/** One pipeline as a kanban board: quick filters, a column per stage, cards dragged between stages. */
export function BoardWorkspace({ entity, field, pipelines, onPipeline }: Props) {
  const navigate = useNavigate();
  const me = useMe().data?.id;
  const context = useFormatContext();
  const [prefs, setPrefs] = useBoardPrefs(entity.slug, field.slug, entity.fields);
  const [filters, setFilters] = useState(noFilters);
  const q = useDebouncedValue(filters.q);
  const filter = useMemo(() => boardFilter({ ...filters, q }, entity.fields, me), [filters, q, entity.fields, me]);
  const query = useMemo(
    () => ({ entity: entity.slug, field: field.slug, amount: prefs.amount || undefined, filter }),
    [entity.slug, field.slug, prefs.amount, filter],
  );
  const { state, dispatch, board, loadRange, refreshTotals } = useBoard(query);
  const cardFields = useMemo(
    () => prefs.cardFields.flatMap((slug) => entity.fields.find((candidate) => candidate.slug === slug) ?? []),
    [prefs.cardFields, entity.fields],
  );
  const amount = entity.fields.find((candidate) => candidate.slug === state.amount);
  const height = cardHeight(cardFields.length);
  const reload = useCallback(() => void board.refetch(), [board]);
  const moves = useBoardMoves({ entity: entity.slug, field: field.slug, state, dispatch, refreshTotals, reload });
  const drag = useBoardDrag({ state, stride: height + cardGap, onDrop: moves.drop });
  // A drag ends with a click on the card; it must not open the record.
  const droppedAt = useRef(0);
  const onOpen = useCallback(
    (card: BoardCard) => {
      if (Date.now() - droppedAt.current > 300) void navigate(recordPath(entity.slug, card.id));
    },
    [entity.slug, navigate],
  );
  const dragContext = {
    ...drag.context,
    onDragEnd: () => {
      droppedAt.current = Date.now();
      drag.context.onDragEnd();
    },
  };

  const dropGap = (stage: string) => {
    const target = drag.target;
    if (!target || target.stage !== stage || !drag.active) return undefined;
    // Dropping a card right above or below itself leaves it where it is: no marker.
    const own = state.columns.find((column) => column.stage === stage)?.slots.findIndex((slot) => slot?.id === drag.active?.id) ?? -1;
    return own >= 0 && (target.gap === own || target.gap === own + 1) ? undefined : target.gap;
  };

  return (
    <div className="page board-page">
      <BoardHeader entity={entity} field={field} pipelines={pipelines} onPipeline={onPipeline} columns={state.columns} amount={amount} context={context} />
      <BoardToolbar
        fields={entity.fields}
        stageField={field.slug}
        filters={filters}
        onFilters={setFilters}
        prefs={prefs}
        onPrefs={setPrefs}
        onReload={reload}
        reloading={board.isFetching}
      />
      {board.isError && state.columns.length === 0 ? (
        <ErrorResult error={board.error} onRetry={reload} />
      ) : (
        <DndContext {...dragContext}>
          <div className="board-scroll" data-testid="board">
            <div className="board-columns">
              {state.columns.length === 0 &&
                (field.stages ?? []).map((stage) => (
                  <div key={stage.value} className="board-column board-column--loading">
                    <Skeleton active paragraph={{ rows: 6 }} />
                  </div>
                ))}
              {state.columns.map((column, index) => (
                <BoardColumn
                  key={column.stage}
                  column={column}
                  color={stageColor(column.color, column.category, index)}
                  cardHeight={height}
                  cardFields={cardFields}
                  amount={amount}
                  context={context}
                  activeId={drag.active?.id}
                  dropGap={dropGap(column.stage)}
                  registerList={drag.registerList}
                  onRange={loadRange}
                  onOpen={onOpen}
                />
              ))}
            </div>
          </div>
          <DragOverlay dropAnimation={null}>
            {drag.active && (
              <KanbanCard card={drag.active} fields={cardFields} amount={amount} context={context} style={{ height }} overlay />
            )}
          </DragOverlay>
        </DndContext>
      )}
      {moves.pending && (
        <GatePrompt entity={entity} record={moves.pending.card} gate={moves.pending.gate} onClose={moves.dismiss} onMoved={moves.settle} />
      )}
    </div>
  );
}
