export type ProblemBody = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
};

/** An application/problem+json answer (RFC 9457) turned into something the UI can switch on. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: Record<string, string[]>;
  readonly body: ProblemBody;
  /** Seconds to wait before trying again (the `Retry-After` header of a 429 or 503), when the server said. */
  readonly retryAfter?: number;

  constructor(status: number, body: ProblemBody, retryAfter?: number) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.title = body.title ?? `HTTP ${status}`;
    this.detail = body.detail;
    this.errors = body.errors ?? {};
    this.body = body;
    this.retryAfter = retryAfter;
  }

  /** A number the server attached to explain a 409 (records holding data, records blocking a change). */
  get count(): number | undefined {
    for (const key of ['count', 'recordCount', 'records', 'blockingRecords', 'total']) {
      const value = this.body[key];
      if (typeof value === 'number') return value;
    }
    return undefined;
  }
}

export function isProblem(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}

/**
 * What to tell a person about a failed call: the server's explanation when it gave one (already in the
 * caller's language), else the fallback the screen knows fits.
 */
export function problemText(error: unknown, fallback: string): string {
  if (error instanceof ProblemError) {
    if (error.detail) return error.detail;
    const first = Object.values(error.errors)[0]?.[0];
    if (first) return first;
    return error.status >= 500 || error.status === 401 ? fallback : error.title || fallback;
  }
  return fallback;
}
