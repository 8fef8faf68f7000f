import { http, isProblem } from '../../shared/api';

/** The background job that recomputes a formula field for every record. */
export type RecomputeJob = {
  id: string | number;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
  total: number;
  processed: number;
  failed: number;
  message?: string | null;
  createdAt: string;
  finishedAt?: string | null;
};

const recomputeUrl = (entity: string, field: string) =>
  `/api/entities/${encodeURIComponent(entity)}/fields/${encodeURIComponent(field)}/recompute`;

export const formulaApi = {
  /** The latest job, or null when the field was never recomputed. */
  latestJob: async (entity: string, field: string): Promise<RecomputeJob | null> => {
    try {
      return await http<RecomputeJob>(recomputeUrl(entity, field));
    } catch (error) {
      if (isProblem(error, 404)) return null;
      throw error;
    }
  },
  recompute: (entity: string, field: string) => http<RecomputeJob>(recomputeUrl(entity, field), { method: 'POST' }),
};

export const recomputeKeys = {
  entity: (entity: string) => ['recompute', entity] as const,
  field: (entity: string, field: string) => ['recompute', entity, field] as const,
};

/** Whether the job still moves, so its progress is worth asking for again. */
export function isActive(job: RecomputeJob | null | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

/** Progress in whole percent; a job over no records is done. */
export function jobPercent(job: RecomputeJob): number {
  if (job.status === 'completed') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}
