import { formatDateTime } from '../records';

/** A journal instant to the second in local time ("2026-11-23 09:05:07"): activities follow each other within a minute. */
export function journalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDateTime(iso)}:${String(date.getSeconds()).padStart(2, '0')}`;
}
