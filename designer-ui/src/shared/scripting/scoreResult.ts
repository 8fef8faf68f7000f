import type { ScoreResult } from './types';

/** A score script's answer has a numeric `score`; anything else is shown as plain JSON. */
export function isScoreResult(value: unknown): value is ScoreResult {
  return !!value && typeof value === 'object' && typeof (value as { score?: unknown }).score === 'number';
}

/** The tag colour of a grade: A green, B gold, C red; other grades neutral blue. */
export function gradeColor(grade: string | null | undefined): string {
  switch ((grade ?? '').trim().toUpperCase()) {
    case 'A':
      return 'green';
    case 'B':
      return 'gold';
    case 'C':
      return 'red';
    default:
      return 'blue';
  }
}

/** The sum of the reasons' points, shown under the reasons so a person can check it against the score. */
export function reasonTotal(result: ScoreResult): number {
  return (result.reasons ?? []).reduce((sum, reason) => sum + (Number(reason.points) || 0), 0);
}
