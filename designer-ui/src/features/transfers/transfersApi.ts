import { http } from '../../shared/api';
import type { ImportJob } from './types';

const jobUrl = (id: string) => `/api/imports/${encodeURIComponent(String(id))}`;

export const transfersApi = {
  /** A dry run answers with its result; a real run answers at once and goes on in the background. */
  startImport: (entity: string, body: FormData) =>
    http<ImportJob>(`/api/entities/${encodeURIComponent(entity)}/imports`, { method: 'POST', body }),
  job: (id: string, signal?: AbortSignal) => http<ImportJob>(jobUrl(id), { signal }),
};

/** The bad rows of a run as CSV, with the reasons in an extra column; opened by the browser. */
/** The refused rows as CSV; `lang` names the app's language, which a plain download link would not send. */
export const errorsCsvUrl = (id: string, language?: string) =>
  `${jobUrl(id)}/errors.csv${language ? `?lang=${encodeURIComponent(language)}` : ''}`;

export const importKeys = {
  job: (id: string) => ['imports', String(id)] as const,
};
