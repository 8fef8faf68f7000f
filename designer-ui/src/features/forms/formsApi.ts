import { http } from '../../shared/api';
import type { FormCreate, FormDefinition, FormWithSchema, GeneratedForm, PublishResult } from './types';

const formsUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}/forms`;
const formUrl = (entity: string, form: string) => `${formsUrl(entity)}/${encodeURIComponent(form)}`;

export const formsApi = {
  list: (entity: string) => http<FormDefinition[]>(formsUrl(entity)),
  get: (entity: string, form: string) => http<FormWithSchema>(formUrl(entity, form)),
  create: (entity: string, body: FormCreate) => http<FormDefinition>(formsUrl(entity), { method: 'POST', body }),
  save: (entity: string, form: string, body: FormDefinition) =>
    http<FormWithSchema>(formUrl(entity, form), { method: 'PUT', body }),
  remove: (entity: string, form: string) => http<void>(formUrl(entity, form), { method: 'DELETE' }),
  publish: (entity: string, form: string) =>
    http<PublishResult>(`${formUrl(entity, form)}/publish`, { method: 'POST' }),
  preview: (entity: string, body: FormDefinition, signal?: AbortSignal) =>
    http<GeneratedForm>(`${formsUrl(entity)}/preview`, { method: 'POST', body, signal }),
};

export const formKeys = {
  entity: (entity: string) => ['forms', entity] as const,
  one: (entity: string, form: string) => ['forms', entity, form] as const,
  preview: (entity: string, body: string) => ['forms', entity, 'preview', body] as const,
};
