/** The slots a scrolled column shows, with `overscan` more on each side so a fast scroll shows no gap. */
export function visibleRange(scrollTop: number, viewport: number, stride: number, count: number, overscan = 4) {
  const first = Math.floor(Math.max(0, scrollTop) / stride);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / stride);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** The pages (of `pageSize` slots) between `start` and `end` that hold an empty slot and are not being fetched. */
export function missingPages(slots: readonly unknown[], start: number, end: number, pageSize: number, fetching: ReadonlySet<number>) {
  const pages: number[] = [];
  for (let page = Math.floor(start / pageSize); page * pageSize < Math.min(end, slots.length); page++) {
    if (fetching.has(page)) continue;
    const from = page * pageSize;
    const to = Math.min(slots.length, from + pageSize);
    for (let i = from; i < to; i++) {
      if (slots[i] === null) {
        pages.push(page);
        break;
      }
    }
  }
  return pages;
}

/** The gap between cards the pointer is nearest to, 0 (above the first) to `count` (below the last). */
export function gapAt(offsetY: number, stride: number, count: number): number {
  return Math.max(0, Math.min(count, Math.round(offsetY / stride)));
}
