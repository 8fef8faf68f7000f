import type { ColumnMapping, ImportColumn, ImportMode, ImportSettings } from './types';

/** The mapping the server proposed in its first dry run: each column to the field it matched, or none. */
export function mappingFromColumns(columns: ImportColumn[]): ColumnMapping {
  return Object.fromEntries(columns.map((column) => [column.name, column.field ?? null]));
}

/** The fields that receive a column, once each, in column order. */
export function mappedFields(mapping: ColumnMapping): string[] {
  return [...new Set(Object.values(mapping).filter((field): field is string => !!field))];
}

/** Fields two or more columns are mapped to; the run would not know which value wins, so it is refused. */
export function duplicateTargets(mapping: ColumnMapping): string[] {
  const seen = new Map<string, number>();
  for (const field of Object.values(mapping)) if (field) seen.set(field, (seen.get(field) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([field]) => field);
}

/** Match fields only count while a column feeds them: a field the sheet does not fill cannot find duplicates. */
export function effectiveMatchOn(settings: ImportSettings): string[] {
  const mapped = new Set(mappedFields(settings.mapping));
  return settings.matchOn.filter((field) => mapped.has(field));
}

/**
 * The multipart body of an import run. Without settings (the first dry run) the server maps the columns
 * itself and answers with its proposal; afterwards the person's mapping and duplicate rule are sent.
 */
export function importBody(file: Blob, fileName: string, mode: ImportMode, settings?: ImportSettings): FormData {
  const body = new FormData();
  body.append('file', file, fileName);
  body.append('mode', mode);
  if (!settings) return body;
  body.append('mapping', JSON.stringify(settings.mapping));
  const matchOn = effectiveMatchOn(settings);
  for (const field of matchOn) body.append('matchOn', field);
  if (matchOn.length > 0) body.append('onDuplicate', settings.onDuplicate);
  return body;
}

/** Equal keys mean equal runs, so a dry run already made for these settings need not be repeated. */
export function settingsKey(settings: ImportSettings): string {
  const mapping = Object.keys(settings.mapping)
    .sort()
    .map((column) => [column, settings.mapping[column]]);
  const matchOn = [...effectiveMatchOn(settings)].sort();
  return JSON.stringify({ mapping, matchOn, onDuplicate: matchOn.length > 0 ? settings.onDuplicate : undefined });
}

const accepted = ['.csv', '.xlsx'];

/** Only CSV and Excel workbooks can be imported; the name decides, as browsers report no reliable type for CSV. */
export function isImportable(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return accepted.some((extension) => lower.endsWith(extension));
}

export type FileSize = { unit: 'bytes' | 'kb' | 'mb'; value: string };

/** A file's size in the unit that reads best: 512 bytes, 12.3 KB, 45.6 MB. */
export function fileSize(bytes: number): FileSize {
  if (bytes < 1024) return { unit: 'bytes', value: String(bytes) };
  if (bytes < 1024 * 1024) return { unit: 'kb', value: (bytes / 1024).toFixed(1) };
  return { unit: 'mb', value: (bytes / 1024 / 1024).toFixed(1) };
}
