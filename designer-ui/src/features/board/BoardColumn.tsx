import { useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import type { FormatContext } from '../records';
import type { ColumnState } from './boardState';
import { cardGap, listPadding } from './cardLayout';
import { ColumnHeader } from './ColumnHeader';
import { KanbanCard } from './KanbanCard';
import type { BoardCard } from './types';
import { useVirtualList } from './useVirtualList';

type Props = {
  column: ColumnState;
  color: string;
  cardHeight: number;
  cardFields: FieldDefinition[];
  amount?: FieldDefinition;
  context: FormatContext;
  /** The card being dragged, drawn as a faint placeholder where it was. */
  activeId?: number;
  /** While a card is dragged over this column: the gap it would drop into. */
  dropGap?: number;
  registerList: (stage: string, element: HTMLDivElement | null) => void;
  onRange: (stage: string, slots: ColumnState['slots'], start: number, end: number) => void;
  onOpen: (card: BoardCard) => void;
};



/**
 * A stage's column: its head, then its cards in a scrolled list where only the cards in view are drawn
 * (the list is as tall as all of them, so the scroll bar tells where one is among 5,000).
 */
export const BoardColumn = memo(function BoardColumn(props: Props) {
  const { column, color, cardHeight, cardFields, amount, context, activeId, dropGap, registerList, onRange, onOpen } = props;
  const { t } = useTranslation();
  const stride = cardHeight + cardGap;
  const { ref, range } = useVirtualList(column.slots.length, stride);
  const { setNodeRef, isOver } = useDroppable({ id: `column:${column.stage}`, data: { stage: column.stage } });
  const { start, end } = range;
  const { stage, slots } = column;

  useEffect(() => onRange(stage, slots, start, end), [onRange, stage, slots, start, end]);

  const listRef = useMemo(
    () => (element: HTMLDivElement | null) => {
      ref(element);
      registerList(stage, element);
    },
    [ref, registerList, stage],
  );

  const shown: number[] = [];
  for (let index = start; index < end; index++) shown.push(index);
  // The dragged card stays mounted even when scrolled out of view, or the drag would end.
  const activeIndex = activeId === undefined ? -1 : slots.findIndex((slot) => slot?.id === activeId);
  if (activeIndex >= 0 && (activeIndex < start || activeIndex >= end)) shown.push(activeIndex);

  const className = ['board-column', `board-column--${column.category}`, isOver && 'board-column--over'].filter(Boolean).join(' ');
  return (
    <section ref={setNodeRef} className={className} data-testid={`board-column-${stage}`} data-stage={stage}>
      <ColumnHeader column={column} color={color} amount={amount} context={context} />
      <div ref={listRef} className="board-column__list" data-testid={`board-list-${stage}`}>
        <div className="board-column__inner" style={{ height: Math.max(slots.length * stride + listPadding * 2, 120) }}>
          {slots.length === 0 && <div className="board-column__empty">{t('board.emptyColumn')}</div>}
          {dropGap !== undefined && (
            <div className="board-column__drop" style={{ top: listPadding + dropGap * stride - cardGap / 2 - 1 }} />
          )}
          {shown.map((index) => {
            const card = slots[index];
            const style = { top: listPadding + index * stride, height: cardHeight };
            if (!card) {
              return (
                <div key={`empty-${index}`} className="kanban-card kanban-card--loading" style={style}>
                  <span className="kanban-card__bar" />
                  <span className="kanban-card__bar kanban-card__bar--short" />
                </div>
              );
            }
            return (
              <KanbanCard
                key={card.id}
                card={card}
                fields={cardFields}
                amount={amount}
                context={context}
                style={style}
                dragging={card.id === activeId}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
});
