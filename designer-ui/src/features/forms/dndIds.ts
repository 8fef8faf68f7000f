/** Ids of the form designer's drag sources and drop targets; slugs never contain a colon, so these never clash. */
export type FormDragData = { kind: 'palette'; field: string } | { kind: 'placed'; field: string; section: string };

/** Where a dragged field would land: before a placed field, at the end of a section, or back on the palette. */
export type FormDropTarget = { section: string; before?: string } | 'palette';

export const paletteZoneId = 'form-palette';
export const paletteFieldId = (field: string) => `palette:${field}`;
export const placedFieldId = (field: string) => `placed:${field}`;
export const slotId = (field: string) => `slot:${field}`;
export const sectionZoneId = (section: string) => `section:${section}`;

export type DropData = { kind: 'slot'; section: string; field: string } | { kind: 'section'; section: string } | { kind: 'palette' };
