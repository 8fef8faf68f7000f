import {
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useRef, useState } from 'react';
import type { BoardState } from './boardState';
import { listPadding } from './cardLayout';
import type { BoardCard } from './types';
import { gapAt } from './virtualRange';

export type DropTarget = { stage: string; gap: number };

type Options = {
  state: BoardState;
  stride: number;
  onDrop: (card: BoardCard, target: DropTarget) => void;
};

// Columns are the only drop targets: the one under the pointer, else the one the card overlaps most.
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

// The board scrolls sideways only when the pointer nears its edge, so a card can be dropped on the last
// column in view without the board sliding away under it.
const autoScroll = { threshold: { x: 0.08, y: 0.15 }, acceleration: 6 };

function pointerY(event: DragMoveEvent): number | undefined {
  const start = event.activatorEvent as PointerEvent | MouseEvent | undefined;
  return start && 'clientY' in start ? start.clientY + event.delta.y : undefined;
}

/**
 * Dragging cards: the drop gap is worked out from the pointer and the column's scroll position (cards
 * have a fixed height), so it works the same for a card drawn and for one scrolled out of the DOM.
 */
export function useBoardDrag({ state, stride, onDrop }: Options) {
  const lists = useRef(new Map<string, HTMLDivElement>());
  const [active, setActive] = useState<BoardCard>();
  const [target, setTarget] = useState<DropTarget>();
  const targetRef = useRef<DropTarget | undefined>(undefined);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const registerList = useCallback((stage: string, element: HTMLDivElement | null) => {
    if (element) lists.current.set(stage, element);
    else lists.current.delete(stage);
  }, []);

  const follow = useCallback(
    (event: DragMoveEvent) => {
      const stage = event.over?.data.current?.stage as string | undefined;
      const list = stage === undefined ? undefined : lists.current.get(stage);
      const y = pointerY(event);
      const column = state.columns.find((candidate) => candidate.stage === stage);
      let next: DropTarget | undefined;
      if (stage !== undefined && list && column && y !== undefined) {
        const offset = y - list.getBoundingClientRect().top + list.scrollTop - listPadding;
        next = { stage, gap: gapAt(offset, stride, column.slots.length) };
      }
      const previous = targetRef.current;
      if (previous?.stage === next?.stage && previous?.gap === next?.gap) return;
      targetRef.current = next;
      setTarget(next);
    },
    [state.columns, stride],
  );

  const finish = useCallback(() => {
    setActive(undefined);
    setTarget(undefined);
    targetRef.current = undefined;
  }, []);

  const onDragStart = useCallback((event: DragStartEvent) => {
    setActive(event.active.data.current?.card as BoardCard | undefined);
  }, []);

  const onDragEnd = useCallback(() => {
    const card = active;
    const dropped = targetRef.current;
    finish();
    if (card && dropped) onDrop(card, dropped);
  }, [active, finish, onDrop]);

  return {
    active,
    target,
    registerList,
    context: { sensors, collisionDetection, autoScroll, onDragStart, onDragMove: follow, onDragOver: follow, onDragEnd, onDragCancel: finish },
  };
}
