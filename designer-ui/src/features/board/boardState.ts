import type { BoardCard, BoardColumnData, BoardData } from './types';

/**
 * A column as the screen holds it: the totals, and one slot per record of the column in board order.
 * A slot is the card once its page has been loaded, `null` until then, so a column of 5,000 records
 * scrolls over its full height while only the pages in view are fetched.
 */
export type ColumnState = Omit<BoardColumnData, 'cards'> & { slots: (BoardCard | null)[] };

export type BoardState = { amount?: string | null; columns: ColumnState[] };

export type BoardAction =
  | { type: 'reset'; board: BoardData }
  | { type: 'loaded'; stage: string; offset: number; total: number; cards: BoardCard[] }
  | { type: 'totals'; board: BoardData }
  | { type: 'move'; id: number; to: string; index: number; card?: BoardCard }
  | { type: 'replace'; card: BoardCard };

export const emptyBoard: BoardState = { columns: [] };

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The amount a card adds to its column's sum: the amount field's value when it is a number. */
export function cardAmount(card: BoardCard, amount?: string | null): number {
  if (!amount) return 0;
  const value = card[amount];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function withSum(column: ColumnState, sum: number): ColumnState {
  const rounded = round2(sum);
  return { ...column, sum: rounded, weighted: round2((rounded * (column.probability ?? 0)) / 100) };
}

function fromData(column: BoardColumnData): ColumnState {
  const { cards, ...totals } = column;
  const slots: (BoardCard | null)[] = new Array<BoardCard | null>(Math.max(column.count, cards.length)).fill(null);
  cards.forEach((card, index) => (slots[index] = card));
  return { ...totals, slots };
}

/** Where a card is on the board: its column's index and its slot. */
export function findCard(state: BoardState, id: number): { column: number; index: number } | undefined {
  for (let column = 0; column < state.columns.length; column++) {
    const index = state.columns[column].slots.findIndex((slot) => slot?.id === id);
    if (index >= 0) return { column, index };
  }
  return undefined;
}

/** A column with `length` slots: loaded cards kept, new slots empty. */
function resized(slots: (BoardCard | null)[], length: number): (BoardCard | null)[] {
  if (slots.length === length) return slots;
  if (slots.length > length) return slots.slice(0, length);
  return [...slots, ...new Array<BoardCard | null>(length - slots.length).fill(null)];
}

/**
 * Moves a card to `index` of the column `to` (its own column: a reorder). Counts follow at once and so
 * do the sum and the probability-weighted sum of both columns, before the server has answered.
 */
function move(state: BoardState, id: number, to: string, index: number, replacement?: BoardCard): BoardState {
  const at = findCard(state, id);
  const target = state.columns.findIndex((column) => column.stage === to);
  if (!at || target < 0) return state;
  const card = replacement ?? (state.columns[at.column].slots[at.index] as BoardCard);
  const amount = cardAmount(card, state.amount);
  const columns = state.columns.map((column) => ({ ...column, slots: [...column.slots] }));
  const source = columns[at.column];
  source.slots.splice(at.index, 1);
  const destination = columns[target];
  const place = Math.max(0, Math.min(index, destination.slots.length));
  destination.slots.splice(place, 0, card);
  if (at.column !== target) {
    columns[at.column] = withSum({ ...source, count: source.count - 1 }, source.sum - amount);
    columns[target] = withSum({ ...destination, count: destination.count + 1 }, destination.sum + amount);
  }
  return { ...state, columns };
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'reset':
      return { amount: action.board.amount, columns: action.board.columns.map(fromData) };
    case 'loaded':
      return {
        ...state,
        columns: state.columns.map((column) => {
          if (column.stage !== action.stage) return column;
          const slots = resized(column.slots, action.total);
          action.cards.forEach((card, i) => {
            if (action.offset + i < slots.length) slots[action.offset + i] = card;
          });
          return { ...column, count: action.total, slots };
        }),
      };
    case 'totals':
      return {
        ...state,
        columns: state.columns.map((column) => {
          const fresh = action.board.columns.find((candidate) => candidate.stage === column.stage);
          if (!fresh) return column;
          return {
            ...column,
            count: fresh.count,
            sum: fresh.sum,
            weighted: fresh.weighted,
            enteredThisMonth: fresh.enteredThisMonth,
            slots: resized(column.slots, fresh.count),
          };
        }),
      };
    case 'move':
      return move(state, action.id, action.to, action.index, action.card);
    case 'replace': {
      const at = findCard(state, action.card.id);
      if (!at) return state;
      const { index } = at;
      const old = state.columns[at.column];
      const slots = [...old.slots];
      const before = slots[index] as BoardCard;
      slots[index] = action.card;
      const columns = [...state.columns];
      columns[at.column] = withSum({ ...old, slots }, old.sum - cardAmount(before, state.amount) + cardAmount(action.card, state.amount));
      return { ...state, columns };
    }
  }
}
