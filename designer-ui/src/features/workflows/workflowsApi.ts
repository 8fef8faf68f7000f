import { http } from '../../shared/api';
import type { ElsaWorkflow, WorkflowSummary } from './types';

export type ValidateAnswer = { valid: boolean; errors: Record<string, string[]> };

// Documents travel as text so the server stores exactly what was sent, and they are read back the same way.
const parse = (text: string) => JSON.parse(text) as ElsaWorkflow;

export const workflowsApi = {
  list: () => http<WorkflowSummary[]>('/api/workflows'),
  get: async (definitionId: string) =>
    parse(await http<string>(`/api/workflows/${encodeURIComponent(definitionId)}`, { responseType: 'text' })),
  create: async (workflow: ElsaWorkflow) => parse(await http<string>('/api/workflows', { method: 'POST', body: workflow, responseType: 'text' })),
  save: async (workflow: ElsaWorkflow) =>
    parse(await http<string>(`/api/workflows/${encodeURIComponent(workflow.definitionId)}`, { method: 'PUT', body: workflow, responseType: 'text' })),
  publish: (definitionId: string) => http<WorkflowSummary>(`/api/workflows/${encodeURIComponent(definitionId)}/publish`, { method: 'POST' }),
  validate: (workflow: ElsaWorkflow) => http<ValidateAnswer>('/api/workflows/validate', { method: 'POST', body: workflow }),
};

export const workflowKeys = {
  all: ['workflows'] as const,
  list: () => ['workflows', 'list'] as const,
  one: (definitionId: string) => ['workflows', 'one', definitionId] as const,
};
