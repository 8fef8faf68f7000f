import { http } from '../../shared/api';
import type { EntityCreate, EntityDefinition, EntityPatch, FieldDefinition, FieldPatch } from '../../shared/schema';

const base = '/api/entities';
const entityUrl = (entity: string) => `${base}/${encodeURIComponent(entity)}`;
const fieldUrl = (entity: string, field: string) => `${entityUrl(entity)}/fields/${encodeURIComponent(field)}`;

export const entitiesApi = {
  list: () => http<EntityDefinition[]>(base),
  get: (entity: string) => http<EntityDefinition>(entityUrl(entity)),
  create: (body: EntityCreate) => http<EntityDefinition>(base, { method: 'POST', body }),
  update: (entity: string, body: EntityPatch) =>
    http<EntityDefinition>(entityUrl(entity), { method: 'PATCH', body }),
  remove: (entity: string, confirm = false) =>
    http<void>(entityUrl(entity), { method: 'DELETE', query: { confirm: confirm || undefined } }),
  createField: (entity: string, body: FieldPatch) =>
    http<FieldDefinition>(`${entityUrl(entity)}/fields`, { method: 'POST', body }),
  updateField: (entity: string, field: string, body: FieldPatch) =>
    http<FieldDefinition>(fieldUrl(entity, field), { method: 'PATCH', body }),
  removeField: (entity: string, field: string, confirm = false) =>
    http<void>(fieldUrl(entity, field), { method: 'DELETE', query: { confirm: confirm || undefined } }),
};

export const entityKeys = {
  all: ['entities'] as const,
  one: (entity: string) => ['entities', entity] as const,
};
