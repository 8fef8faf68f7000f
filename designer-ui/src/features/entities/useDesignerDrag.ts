import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useRef, useState } from 'react';
import type { FieldType } from '../../shared/schema';
import { canvasId, type DragData } from './dndIds';

type Options = {
  onDropType: (type: FieldType, before?: string) => void;
  onMove: (slug: string, over: string) => void;
};

// A palette type lands only where the pointer is (over a row: before it; over the canvas: at the end);
// a row being sorted snaps to the closest row.
const collisionDetection: CollisionDetection = (args) => {
  const data = args.active.data.current as DragData | undefined;
  if (data?.kind === 'palette') {
    const hits = pointerWithin(args);
    const rows = hits.filter((hit) => hit.id !== canvasId);
    return rows.length > 0 ? rows : hits;
  }
  return closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => container.id !== canvasId),
  });
};

/** The designer's drag and drop: palette → canvas creates a field, row → row reorders. */
export function useDesignerDrag({ onDropType, onMove }: Options) {
  const [active, setActive] = useState<DragData | undefined>();
  const [dropTarget, setDropTarget] = useState<string | 'end' | undefined>();
  // A drag that ends where it started is followed by a click; the palette must not add a field for it.
  const draggedAt = useRef(0);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    setActive(event.active.data.current as DragData);
    draggedAt.current = Date.now();
  }, []);

  const onDragOver = useCallback((event: DragOverEvent) => {
    const data = event.active.data.current as DragData | undefined;
    if (data?.kind !== 'palette') return;
    const over = event.over?.id;
    setDropTarget(over === undefined ? undefined : over === canvasId ? 'end' : String(over));
  }, []);

  const finish = useCallback(() => {
    setActive(undefined);
    setDropTarget(undefined);
    draggedAt.current = Date.now();
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const data = event.active.data.current as DragData | undefined;
      const over = event.over?.id;
      finish();
      if (!data || over === undefined) return;
      if (data.kind === 'palette') onDropType(data.type, over === canvasId ? undefined : String(over));
      else if (over !== canvasId && over !== data.slug) onMove(data.slug, String(over));
    },
    [finish, onDropType, onMove],
  );

  const recentlyDragged = useCallback(() => Date.now() - draggedAt.current < 300, []);

  return {
    sensors,
    collisionDetection,
    active,
    dropTarget,
    recentlyDragged,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: finish },
  };
}
