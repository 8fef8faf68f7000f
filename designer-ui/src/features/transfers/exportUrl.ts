import { buildUrl } from '../../shared/api';
import type { ExportFormat, ExportView } from './types';

/**
 * The download address of the records a view shows: the same filter, columns, sort and search as the
 * table, in the same syntax as the records listing. Opened by the browser, so the sign-in cookie applies.
 */
export function exportUrl(entity: string, view: ExportView, format: ExportFormat, language?: string): string {
  return buildUrl(`/api/entities/${encodeURIComponent(entity)}/records/export`, {
    format,
    // A link sends the browser's language, not the one chosen in the app: headers and labels follow this.
    lang: language,
    filter: view.filter ? JSON.stringify(view.filter) : undefined,
    fields: view.columns.length > 0 ? view.columns.join(',') : undefined,
    sort: view.sort,
    q: view.q?.trim() || undefined,
  });
}
