import { isProblem } from '../../shared/api';

/** Why a submission did not go through, as the page tells it. */
export type SubmitProblem =
  | { kind: 'fields'; errors: Record<string, string[]> }
  | { kind: 'spam' }
  | { kind: 'rateLimited'; retryAfter?: number }
  | { kind: 'notFound' }
  | { kind: 'failed'; text?: string };

/**
 * A failed POST /api/public/forms/{slug} by kind: field errors go to the fields; a filled honeypot gets the
 * same neutral words as any refusal, so a robot learns nothing; 429 says how long to wait.
 */
export function submitProblem(error: unknown): SubmitProblem {
  if (!isProblem(error)) return { kind: 'failed' };
  if (error.status === 429) return { kind: 'rateLimited', retryAfter: error.retryAfter };
  if (error.status === 404) return { kind: 'notFound' };
  if (error.status === 400 && (error.body.type ?? '').endsWith('/spam')) return { kind: 'spam' };
  if (error.status === 400 && Object.keys(error.errors).length > 0) return { kind: 'fields', errors: error.errors };
  return { kind: 'failed', text: error.status < 500 ? error.detail : undefined };
}
