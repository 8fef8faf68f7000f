/** How many cards at the top of a column one order request may rank (the API takes 500 ids). */
export const maxRanked = 500;

/** Where a card dropped at `gap` of its own column lands once it has left its old slot `from`. */
export function indexInOwnColumn(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}

/**
 * The ids to send to `PUT …/board/order` once the card at `index` holds its place: every card from the
 * top down to it, in order, so it sits below exactly those. Undefined when that is not possible from what
 * is loaded (a page above it not fetched) or too long for one request.
 */
export function rankedPrefix(slots: readonly ({ id: number } | null)[], index: number): number[] | undefined {
  if (index + 1 > maxRanked) return undefined;
  const ids: number[] = [];
  for (let i = 0; i <= index && i < slots.length; i++) {
    const slot = slots[i];
    if (!slot) return undefined;
    ids.push(slot.id);
  }
  return ids;
}
