/**
 * Keyset paging only goes forward, so going back means remembering the cursor of every page seen:
 * `cursors[i]` opened page i + 1, and the first page has no cursor.
 */
export type CursorPaging = { cursors: (string | null)[] };

export const firstPage = (): CursorPaging => ({ cursors: [null] });

export function currentCursor(paging: CursorPaging): string | null {
  return paging.cursors[paging.cursors.length - 1] ?? null;
}

export function pageNumber(paging: CursorPaging): number {
  return paging.cursors.length;
}

export function hasPrevious(paging: CursorPaging): boolean {
  return paging.cursors.length > 1;
}

export function nextPage(paging: CursorPaging, nextCursor: string | null | undefined): CursorPaging {
  if (!nextCursor) return paging;
  return { cursors: [...paging.cursors, nextCursor] };
}

export function previousPage(paging: CursorPaging): CursorPaging {
  return hasPrevious(paging) ? { cursors: paging.cursors.slice(0, -1) } : paging;
}
