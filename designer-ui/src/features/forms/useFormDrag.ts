import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { useCallback, useRef, useState } from 'react';
import type { DropData, FormDragData, FormDropTarget } from './dndIds';

type Options = {
  /** A field dropped into a section (from the palette or moved): before `before`, or at the end. */
  onPlace: (field: string, section: string, before?: string) => void;
  /** A placed field dropped back on the palette. */
  onRemove: (field: string) => void;
};

const rank = (data: DropData | undefined) => (data?.kind === 'slot' ? 0 : data?.kind === 'section' ? 1 : 2);

// The drop lands where the pointer is: on a field (before it) rather than on the section around it, and on
// the section rather than the palette. A field is never a target for itself.
const collisionDetection: CollisionDetection = (args) => {
  const dragged = args.active.data.current as FormDragData | undefined;
  return pointerWithin(args)
    .filter((hit) => {
      const data = args.droppableContainers.find((container) => container.id === hit.id)?.data.current as DropData | undefined;
      if (data?.kind === 'slot' && data.field === dragged?.field) return false;
      return !(data?.kind === 'palette' && dragged?.kind === 'palette');
    })
    .sort((a, b) => {
      const data = (id: unknown) => args.droppableContainers.find((container) => container.id === id)?.data.current as DropData;
      return rank(data(a.id)) - rank(data(b.id));
    });
};

function toTarget(over: Over | null): FormDropTarget | undefined {
  const data = over?.data.current as DropData | undefined;
  if (!data) return undefined;
  if (data.kind === 'palette') return 'palette';
  if (data.kind === 'slot') return { section: data.section, before: data.field };
  return { section: data.section };
}

/** The form designer's drag and drop: palette → section adds a field, field → field moves it, field → palette removes it. */
export function useFormDrag({ onPlace, onRemove }: Options) {
  const [active, setActive] = useState<FormDragData | undefined>();
  const [target, setTarget] = useState<FormDropTarget | undefined>();
  // A drag that ends where it started is followed by a click, which must not count as one.
  const draggedAt = useRef(0);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    setActive(event.active.data.current as FormDragData);
    draggedAt.current = Date.now();
  }, []);

  const onDragOver = useCallback((event: DragOverEvent) => setTarget(toTarget(event.over)), []);

  const finish = useCallback(() => {
    setActive(undefined);
    setTarget(undefined);
    draggedAt.current = Date.now();
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const data = event.active.data.current as FormDragData | undefined;
      const dropped = toTarget(event.over);
      finish();
      if (!data || !dropped) return;
      if (dropped === 'palette') {
        if (data.kind === 'placed') onRemove(data.field);
      } else {
        onPlace(data.field, dropped.section, dropped.before);
      }
    },
    [finish, onPlace, onRemove],
  );

  const recentlyDragged = useCallback(() => Date.now() - draggedAt.current < 300, []);

  return {
    sensors,
    collisionDetection,
    active,
    target,
    recentlyDragged,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: finish },
  };
}
