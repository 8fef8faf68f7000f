import type { InputValue } from './activityInputs';
import type { ExpressionKind } from './types';

export const EXPRESSION_KINDS: ExpressionKind[] = ['Literal', 'JavaScript', 'Variable', 'Liquid', 'Object'];

/** The value an input keeps when its kind is switched: text stays text; a variable reference does not carry over. */
export function switchKind(current: InputValue | undefined, kind: ExpressionKind): unknown {
  if (!current || current.value === undefined || current.value === null) return kind === 'Literal' ? undefined : '';
  if (kind === 'Variable' || current.kind === 'Variable') return '';
  if (typeof current.value === 'string') return current.value;
  return kind === 'Literal' ? current.value : JSON.stringify(current.value);
}

/** A Variable expression's value: the JSON text of `{id, name}`. */
export function variableRef(value: unknown): { id?: string; name?: string } | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const parsed = JSON.parse(value) as { id?: string; name?: string };
    return typeof parsed === 'object' && parsed ? parsed : null;
  } catch {
    return { name: value };
  }
}

const timeSpan = /^-?(\d+\.)?\d{1,2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;

/** Elsa's `d.hh:mm:ss` (e.g. `00:30:00`, `2.00:00:00`, `-3.00:00:00`). */
export function isTimeSpan(text: string): boolean {
  return timeSpan.test(text.trim());
}

export function jsonError(text: string): string | null {
  if (!text.trim()) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
