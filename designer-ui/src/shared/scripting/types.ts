/** Where a script runs; `hook` is the API's other name for `beforeSave`. */
export type ScriptKind = 'formula' | 'validation' | 'beforeSave' | 'afterSave' | 'score';

/** The kinds a person can test; `hook` is not offered, it means `beforeSave`. */
export const scriptKinds: ScriptKind[] = ['score', 'validation', 'beforeSave', 'afterSave', 'formula'];

export type ScriptErrorKind =
  | 'syntax'
  | 'error'
  | 'timeout'
  | 'statements'
  | 'memory'
  | 'recursion'
  | 'cancelled'
  | 'result';

export type ScriptError = { kind: ScriptErrorKind; message: string; line?: number | null; column?: number | null };

/** A place in the script to mark in the editor (1-based line and column). */
export type ScriptMarker = { line: number; column: number; message: string };

export type ScoreReason = { rule: string; points: number };

export type ScoreResult = { score: number; grade?: string | null; reasons?: ScoreReason[] | null };

export type ScriptTestRequest = {
  script: string;
  entity: string;
  kind: ScriptKind;
  recordId?: number;
  record?: Record<string, unknown>;
  previous?: Record<string, unknown>;
};

export type ScriptTestResult = {
  ok: boolean;
  result?: unknown;
  logs?: string[];
  durationMs?: number;
  error?: ScriptError | null;
  /** beforeSave: the record after the hook set its fields. */
  record?: Record<string, unknown> | null;
  /** afterSave: the events the script emitted. */
  emitted?: { name: string; data?: unknown }[] | null;
};

/** A record as the picker lists it. */
export type RecordChoice = { id: number; [field: string]: unknown };
