import type { ElsaActivity, ElsaInput } from './types';

/** An input as the editor sees it: the expression kind and its value (a bare JSON value counts as a Literal). */
export type InputValue = { kind: string; value: unknown };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readInput(activity: ElsaActivity, name: string): InputValue | undefined {
  const raw = activity[name];
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) return { kind: 'Literal', value: raw };
  const expression = (raw as ElsaInput).expression;
  // Elsa treats an object without typeName (and so without an expression) as no value.
  if (!isObject(expression)) return undefined;
  return { kind: typeof expression.type === 'string' ? expression.type : 'Literal', value: expression.value };
}

/** True when the input holds something: a blank literal counts as not given, as the engine reads it. */
export function hasValue(input: InputValue | undefined): boolean {
  if (!input) return false;
  if (input.value === undefined || input.value === null) return false;
  return typeof input.value !== 'string' || input.value.trim() !== '';
}

/** Writes `{typeName, expression: {type, value}}`, keeping other properties of the wrapped input (e.g. `memoryReference`). */
export function writeInput(activity: ElsaActivity, name: string, typeName: string, kind: string, value: unknown): ElsaActivity {
  const previous = activity[name];
  const base = isObject(previous) ? previous : {};
  const typeNameOf = typeof base.typeName === 'string' ? base.typeName : typeName;
  return { ...activity, [name]: { ...base, typeName: typeNameOf, expression: { type: kind, value } } };
}

export function removeInput(activity: ElsaActivity, name: string): ElsaActivity {
  const next = { ...activity };
  delete next[name];
  return next;
}

/** A literal list input, given as an array or the JSON text of one (`"[\"a\",\"b\"]"`). */
export function literalList(input: InputValue | undefined): unknown[] | undefined {
  if (!input || (input.kind !== 'Literal' && input.kind !== 'Object' && input.kind !== 'Json')) return undefined;
  if (Array.isArray(input.value)) return input.value;
  if (typeof input.value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(input.value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
