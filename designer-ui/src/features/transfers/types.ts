export type ImportMode = 'dryRun' | 'commit';
export type DuplicateMode = 'skip' | 'update' | 'create';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ExportFormat = 'csv' | 'xlsx';

/** A column of the uploaded sheet, the field the server matched it to (null: not imported) and a few values. */
export type ImportColumn = { name: string; field: string | null; samples: (string | null)[] };

/** One bad row; `field` is null when the row as a whole is refused. */
export type ImportRowError = { row: number; field: string | null; message: string };

/** An import run, dry or real; a dry run answers completed at once. */
export type ImportJob = {
  id: string;
  status: ImportStatus;
  fileName?: string;
  /** Null until the rows have been counted. */
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: ImportRowError[];
  columns?: ImportColumn[];
  /** Why a run failed as a whole. */
  message?: string | null;
};

/** Column header → field slug, or null for a column left out. */
export type ColumnMapping = Record<string, string | null>;

/** What the person chose in the wizard; the file stays in the browser until a run sends it. */
export type ImportSettings = {
  mapping: ColumnMapping;
  matchOn: string[];
  onDuplicate: DuplicateMode;
};

/** The records view being looked at, as the export repeats it. */
export type ExportView = {
  filter?: unknown;
  sort?: string;
  q?: string;
  columns: string[];
  /** The trash is shown: there is nothing to import into it, and exports are of live records only. */
  deleted?: boolean;
};
