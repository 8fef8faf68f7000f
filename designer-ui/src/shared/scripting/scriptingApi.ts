import { http } from '../api';
import type { RecordChoice, ScriptTestRequest, ScriptTestResult } from './types';

const entityUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}`;

export const scriptingApi = {
  /** The entity's fields and the script API as TypeScript declarations (text), for completion. */
  declarations: (entity: string) => http<string>(`${entityUrl(entity)}/scripts/types`, { responseType: 'text' }),
  test: (body: ScriptTestRequest) => http<ScriptTestResult>('/api/scripts/test', { method: 'POST', body }),
  /** Records to test against: the newest first, narrowed by a search text. */
  records: (entity: string, q: string, signal?: AbortSignal) =>
    http<{ items: RecordChoice[] }>(`${entityUrl(entity)}/records`, {
      query: { q: q.trim() || undefined, limit: 20 },
      signal,
    }),
};

export const scriptingKeys = {
  declarations: (entity: string) => ['scripting', 'declarations', entity] as const,
  records: (entity: string, q: string) => ['scripting', 'records', entity, q] as const,
};
