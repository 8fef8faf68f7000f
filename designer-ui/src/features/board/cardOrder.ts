/** How many cards at the top of a column one order request may place (the API takes 500 ids). */
export const maxRanked = 500;

/** Where a card dropped at `gap` of its own column lands once it has left its old slot `from`. */
export function indexInOwnColumn(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}

/**
 * The ids to send to `PUT …/board/order` so the column keeps the order on screen: the cards from the top
 * down, as far as they are loaded (up to 500). The server drops the place of every card not sent, so
 * sending only the cards down to the one moved would shuffle placed cards below it; placed cards are
 * always at the top, so sending the whole loaded top keeps them. Undefined when the card at `index` is
 * not within that top (a page above it not fetched, or deeper than 500).
 */
export function orderedTop(slots: readonly ({ id: number } | null)[], index: number): number[] | undefined {
  const ids: number[] = [];
  for (let i = 0; i < slots.length && i < maxRanked; i++) {
    const slot = slots[i];
    if (!slot) break;
    ids.push(slot.id);
  }
  return index < ids.length ? ids : undefined;
}
