import { http } from '../../shared/api';
import { recordKeys } from '../records';
import type { StageHistory, TimelineItem } from './types';

const recordUrl = (entity: string, id: number) => `/api/entities/${encodeURIComponent(entity)}/records/${id}`;

export const recordDetailApi = {
  stages: (entity: string, id: number) => http<StageHistory>(`${recordUrl(entity, id)}/stages`),
  timeline: (entity: string, id: number) => http<TimelineItem[]>(`${recordUrl(entity, id)}/timeline`),
};

// Under the entity's records key, so every write to the entity's records refreshes them too.
export const recordDetailKeys = {
  stages: (entity: string, id: number) => [...recordKeys.entity(entity), 'stages', id] as const,
  timeline: (entity: string, id: number) => [...recordKeys.entity(entity), 'timeline', id] as const,
};
