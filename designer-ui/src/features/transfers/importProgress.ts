import type { ImportJob, ImportStatus } from './types';

export function isFinished(status: ImportStatus): boolean {
  return status === 'completed' || status === 'failed';
}

/** How far a run is, 0–100; a finished run is complete even when its sheet had no rows. */
export function progressPercent(job: Pick<ImportJob, 'status' | 'total' | 'processed'>): number {
  if (job.status === 'completed') return 100;
  if (!job.total || job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

/** Rows that would be or were written: what the import button promises. */
export function writtenRows(job: Pick<ImportJob, 'created' | 'updated'>): number {
  return job.created + job.updated;
}
