export type SortItem = { field: string; desc: boolean };
export type TableSorter = { field: string; order: 'ascend' | 'descend' | null | undefined };

/** `-createdAt,name` → [{createdAt, desc}, {name, asc}]. */
export function parseSort(sort: string | null | undefined): SortItem[] {
  if (!sort) return [];
  const seen = new Set<string>();
  const items: SortItem[] = [];
  for (const part of sort.split(',')) {
    const trimmed = part.trim();
    const desc = trimmed.startsWith('-');
    const field = trimmed.replace(/^[-+]/, '');
    if (!field || seen.has(field)) continue;
    seen.add(field);
    items.push({ field, desc });
  }
  return items;
}

/** The API's `sort` parameter; undefined for none, so the server's default (`-id`) applies. */
export function buildSort(items: SortItem[]): string | undefined {
  if (items.length === 0) return undefined;
  return items.map((item) => (item.desc ? `-${item.field}` : item.field)).join(',');
}

/**
 * The sort after a click on a table header. antd reports every active column; the ones already sorted keep
 * their place (first click = first key), a newly sorted column goes last, a column cleared drops out.
 */
export function applyTableSorters(previous: SortItem[], sorters: TableSorter[]): SortItem[] {
  const active = new Map<string, boolean>();
  for (const sorter of sorters) {
    if (sorter.order) active.set(sorter.field, sorter.order === 'descend');
  }
  const kept = previous
    .filter((item) => active.has(item.field))
    .map((item) => ({ field: item.field, desc: active.get(item.field) as boolean }));
  const added = [...active.entries()]
    .filter(([field]) => !previous.some((item) => item.field === field))
    .map(([field, desc]) => ({ field, desc }));
  return [...kept, ...added];
}

/** The antd sortOrder a column shows for the current sort. */
export function sortOrderOf(items: SortItem[], field: string): 'ascend' | 'descend' | null {
  const item = items.find((candidate) => candidate.field === field);
  if (!item) return null;
  return item.desc ? 'descend' : 'ascend';
}
