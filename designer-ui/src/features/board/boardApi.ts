import { http } from '../../shared/api';
import type { FilterNode } from '../records';
import type { BoardData, CardsPage } from './types';

const entityUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}`;
const boardUrl = (entity: string, field: string) => `${entityUrl(entity)}/pipelines/${encodeURIComponent(field)}/board`;

export type BoardQuery = { entity: string; field: string; amount?: string; filter?: FilterNode };

const filterParam = (filter?: FilterNode) => (filter ? JSON.stringify(filter) : undefined);

export const boardApi = {
  board: ({ entity, field, amount, filter }: BoardQuery, cards: number, signal?: AbortSignal) =>
    http<BoardData>(boardUrl(entity, field), { query: { amount, filter: filterParam(filter), cards }, signal }),
  cards: ({ entity, field, filter }: BoardQuery, stage: string, offset: number, limit: number, signal?: AbortSignal) =>
    http<CardsPage>(`${boardUrl(entity, field)}/cards`, { query: { stage, filter: filterParam(filter), offset, limit }, signal }),
  order: (entity: string, field: string, stage: string, ids: number[]) =>
    http<void>(`${boardUrl(entity, field)}/order`, { method: 'PUT', body: { stage, ids } }),
};

export const boardKeys = {
  all: (entity: string) => ['board', entity] as const,
  board: (query: BoardQuery) => ['board', query.entity, query.field, query.amount ?? null, query.filter ?? null] as const,
};
