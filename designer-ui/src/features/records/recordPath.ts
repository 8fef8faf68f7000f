/** Where a record's own page lives. */
export function recordPath(entity: string, id: number): string {
  return `/entities/${encodeURIComponent(entity)}/records/${id}`;
}
