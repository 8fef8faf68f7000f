import { http } from '../../shared/api';
import type { RecordFormDefinition } from './recordFormTypes';
import type { HistoryEntry, ListParams, RecordItem, RecordPage, RecordScore, SavedView, SavedViewBody } from './types';

const entityUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}`;
const recordsUrl = (entity: string) => `${entityUrl(entity)}/records`;
const recordUrl = (entity: string, id: number) => `${recordsUrl(entity)}/${id}`;
const viewsUrl = (entity: string) => `${entityUrl(entity)}/views`;

/** The query string of a records listing; `count=true` always, the table shows the total. */
export function listQuery(params: ListParams) {
  return {
    filter: params.filter ? JSON.stringify(params.filter) : undefined,
    sort: params.sort,
    q: params.q?.trim() || undefined,
    cursor: params.cursor ?? undefined,
    limit: params.limit,
    fields: params.fields?.length ? params.fields.join(',') : undefined,
    expand: params.expand?.length ? params.expand.join(',') : undefined,
    count: true,
    deleted: params.deleted || undefined,
  };
}

export const recordsApi = {
  list: (entity: string, params: ListParams, signal?: AbortSignal) =>
    http<RecordPage>(recordsUrl(entity), { query: listQuery(params), signal }),
  get: (entity: string, id: number) => http<RecordItem>(recordUrl(entity, id)),
  /** The form the record screens use: the entity's default form, else one generated from all its fields. */
  recordForm: (entity: string) => http<RecordFormDefinition>(`${entityUrl(entity)}/record-form`),
  create: (entity: string, body: Record<string, unknown>) =>
    http<RecordItem>(recordsUrl(entity), { method: 'POST', body }),
  update: (entity: string, id: number, version: number, body: Record<string, unknown>) =>
    http<RecordItem>(recordUrl(entity, id), { method: 'PATCH', body, headers: { 'If-Match': `"${version}"` } }),
  remove: (entity: string, id: number, version?: number) =>
    http<void>(recordUrl(entity, id), {
      method: 'DELETE',
      headers: version === undefined ? undefined : { 'If-Match': `"${version}"` },
    }),
  restore: (entity: string, id: number) => http<RecordItem>(`${recordUrl(entity, id)}/restore`, { method: 'POST' }),
  history: (entity: string, id: number) => http<HistoryEntry[]>(`${recordUrl(entity, id)}/history`),
  scores: (entity: string, id: number) => http<RecordScore[]>(`${recordUrl(entity, id)}/scores`),
  views: (entity: string) => http<SavedView[]>(viewsUrl(entity)),
  createView: (entity: string, body: SavedViewBody) => http<SavedView>(viewsUrl(entity), { method: 'POST', body }),
  updateView: (entity: string, id: number, body: Partial<SavedViewBody>) =>
    http<SavedView>(`${viewsUrl(entity)}/${id}`, { method: 'PATCH', body }),
  removeView: (entity: string, id: number) => http<void>(`${viewsUrl(entity)}/${id}`, { method: 'DELETE' }),
};

export const recordKeys = {
  entity: (entity: string) => ['records', entity] as const,
  list: (entity: string, params: ListParams) => ['records', entity, 'list', params] as const,
  one: (entity: string, id: number) => ['records', entity, 'one', id] as const,
  history: (entity: string, id: number) => ['records', entity, 'history', id] as const,
  scores: (entity: string, id: number) => ['records', entity, 'scores', id] as const,
  views: (entity: string) => ['views', entity] as const,
  form: (entity: string, language: string) => ['records', entity, 'form', language] as const,
};
