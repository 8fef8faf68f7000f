import { ProblemError, type ProblemBody } from './ProblemError';

export type QueryValue = string | number | boolean | null | undefined;

export type HttpOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** A 401 here is an answer to show (the sign-in form), not a reason to leave the page. */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
  /** `text` answers the body as it came (a text/plain answer such as generated declarations). */
  responseType?: 'json' | 'text';
};

type Hooks = { language: () => string; onUnauthorized: () => void };

const hooks: Hooks = { language: () => 'zh-CN', onUnauthorized: () => {} };

/** The app wires the current language and the 401 redirect in once, at start. */
export function configureHttp(next: Partial<Hooks>): void {
  Object.assign(hooks, next);
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function http<T>(path: string, options: HttpOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': hooks.language(),
    ...options.headers,
  };
  const hasBody = options.body !== undefined;
  // A FormData body (a file upload) sets its own multipart boundary; everything else travels as JSON.
  const isForm = options.body instanceof FormData;
  if (hasBody && !isForm) headers['Content-Type'] = 'application/json';

  const response = await fetch(buildUrl(path, options.query), {
    method: options.method ?? 'GET',
    credentials: 'include',
    headers,
    body: isForm ? (options.body as FormData) : hasBody ? JSON.stringify(options.body) : undefined,
    signal: options.signal,
  });

  if (response.status === 401 && !options.allowUnauthorized) hooks.onUnauthorized();
  if (!response.ok) throw await toProblem(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (options.responseType === 'text') return text as T;
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toProblem(response: Response): Promise<ProblemError> {
  let body: ProblemBody = { status: response.status, title: response.statusText };
  try {
    const text = await response.text();
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') body = parsed as ProblemBody;
    }
  } catch {
    // A non-JSON error page (a proxy, a crash) still becomes a ProblemError with the status text.
  }
  return new ProblemError(response.status, body, retryAfterSeconds(response.headers.get('Retry-After')));
}

/** `Retry-After` holds seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
