import type { FieldType } from '../../shared/schema';

/** Ids of the designer's drag sources and targets; slugs never contain a colon, so these never clash. */
export const canvasId = 'field-canvas';

export type DragData = { kind: 'palette'; type: FieldType } | { kind: 'field'; slug: string };

export const paletteId = (type: FieldType) => `palette:${type}`;
