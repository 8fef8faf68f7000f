import { isProblem } from '../api';
import type { ScriptErrorKind } from './types';

/** A record write refused by a script (422 of type …/problems/script): which script, how and where. */
export type ScriptFailure = {
  script: string;
  scriptKind?: string;
  kind?: ScriptErrorKind;
  message: string;
  line?: number;
  column?: number;
};

const scriptProblem = /\/problems\/script$/;

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The script failure in an error, if the error is one. */
export function scriptFailure(error: unknown): ScriptFailure | undefined {
  if (!isProblem(error, 422) || !scriptProblem.test(String(error.body.type ?? ''))) return undefined;
  const body = error.body;
  return {
    script: text(body.script) ?? '',
    scriptKind: text(body.scriptKind),
    kind: text(body.kind) as ScriptErrorKind | undefined,
    message: text(body.message) ?? error.detail ?? error.title,
    line: number(body.line),
    column: number(body.column),
  };
}
