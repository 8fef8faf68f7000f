import { http } from '../../shared/api';
import type { RecordChoice } from '../../shared/scripting';
import type { ElsaWorkflow } from '../workflows';
import type {
  DryRunRequest,
  DryRunResult,
  InstanceDetails,
  InstanceListFilter,
  SavedViewChoice,
  WorkflowInstance,
  WorkflowSummary,
} from './types';

const instanceUrl = (id: string) => `/api/workflow-instances/${encodeURIComponent(id)}`;
const workflowUrl = (definitionId: string) => `/api/workflows/${encodeURIComponent(definitionId)}`;
const entityUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}`;

export const workflowRunsApi = {
  /** Newest first; `limit` one more than a page shows tells whether an older page exists. */
  instances: (filter: InstanceListFilter, limit: number, signal?: AbortSignal) =>
    http<{ items: WorkflowInstance[] }>('/api/workflow-instances', {
      query: { ...filter, limit },
      signal,
    }),
  instance: (id: string) => http<InstanceDetails>(instanceUrl(id)),
  retry: (id: string, incidentId?: string) =>
    http<WorkflowInstance>(`${instanceUrl(id)}/retry`, { method: 'POST', body: incidentId ? { incidentId } : {} }),
  cancel: (id: string) => http<WorkflowInstance>(`${instanceUrl(id)}/cancel`, { method: 'POST' }),
  workflows: () => http<WorkflowSummary[]>('/api/workflows'),
  /** One version of a definition (the latest without `version`): the Elsa JSON as stored. */
  workflow: (definitionId: string, version?: number) =>
    http<ElsaWorkflow>(workflowUrl(definitionId), { query: { version } }),
  dryRun: (definitionId: string, body: DryRunRequest) =>
    http<DryRunResult>(`${workflowUrl(definitionId)}/dry-run`, { method: 'POST', body }),
  /** Records to dry-run on: the newest first, narrowed by a search text. */
  records: (entity: string, q: string, signal?: AbortSignal) =>
    http<{ items: RecordChoice[] }>(`${entityUrl(entity)}/records`, { query: { q: q.trim() || undefined, limit: 20 }, signal }),
  views: (entity: string) => http<SavedViewChoice[]>(`${entityUrl(entity)}/views`),
};

export const workflowRunKeys = {
  all: ['workflow-runs'] as const,
  instances: (filter: InstanceListFilter, limit: number) => ['workflow-runs', 'list', filter, limit] as const,
  instance: (id: string) => ['workflow-runs', 'one', id] as const,
  record: (entity: string, recordId: number) => ['workflow-runs', 'record', entity, recordId] as const,
  workflows: ['workflow-runs', 'workflows'] as const,
  workflow: (definitionId: string, version?: number) => ['workflow-runs', 'workflow', definitionId, version ?? 'latest'] as const,
  records: (entity: string, q: string) => ['workflow-runs', 'records', entity, q] as const,
  views: (entity: string) => ['workflow-runs', 'views', entity] as const,
};
