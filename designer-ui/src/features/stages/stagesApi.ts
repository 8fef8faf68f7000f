import { http } from '../../shared/api';

type BoardCounts = { columns: { stage: string; count: number }[]; total: number };

const pipelineUrl = (entity: string, field: string) =>
  `/api/entities/${encodeURIComponent(entity)}/pipelines/${encodeURIComponent(field)}`;

export const stagesApi = {
  /** How many live records stand in each stage (the board without its cards). */
  counts: (entity: string, field: string) =>
    http<BoardCounts>(`${pipelineUrl(entity, field)}/board`, { query: { cards: 0 } }),
  /** How many records in the trash hold `stage`: they block its removal as much as live ones. */
  trashed: (entity: string, field: string, stage: string) =>
    http<{ total?: number }>(`/api/entities/${encodeURIComponent(entity)}/records`, {
      query: { deleted: true, count: true, limit: 1, fields: field, filter: JSON.stringify({ field, op: 'eq', value: stage }) },
    }).then((page) => page.total ?? 0),
  /** Moves every record holding `stage` to `to`, without gates: the pipeline is being reorganised. */
  move: (entity: string, field: string, stage: string, body: { to: string; reason?: string }) =>
    http<{ moved: number }>(`${pipelineUrl(entity, field)}/stages/${encodeURIComponent(stage)}/move`, {
      method: 'POST',
      body,
    }),
};

export const stageKeys = {
  counts: (entity: string, field: string) => ['pipelines', entity, field, 'counts'] as const,
};
