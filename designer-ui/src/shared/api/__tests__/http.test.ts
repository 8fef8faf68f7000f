import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildUrl, configureHttp, http, retryAfterSeconds } from '../http';
import { ProblemError } from '../ProblemError';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('buildUrl', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildUrl('/api/x', { q: 'a b', cursor: undefined, limit: 50, filter: '', count: true })).toBe(
      '/api/x?q=a+b&limit=50&count=true',
    );
  });
});

describe('http', () => {
  it('sends JSON with cookies and the current language', async () => {
    configureHttp({ language: () => 'en' });
    const fetchMock = answer(201, { id: 1 });
    const result = await http<{ id: number }>('/api/things', { method: 'POST', body: { name: 'x' } });
    expect(result).toEqual({ id: 1 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/things');
    expect(init.credentials).toBe('include');
    expect(init.body).toBe('{"name":"x"}');
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('en');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends a FormData body as multipart, leaving the boundary to the browser', async () => {
    const fetchMock = answer(200, { id: 'a' });
    const form = new FormData();
    form.append('mode', 'dryRun');
    await http('/api/upload', { method: 'POST', body: form });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe(form);
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('turns problem+json into a ProblemError with the field errors', async () => {
    answer(400, { title: 'One or more validation errors occurred.', status: 400, errors: { email: ['Bad.'] } },
      'application/problem+json');
    const error = await http('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(400);
    expect((error as ProblemError).errors).toEqual({ email: ['Bad.'] });
  });

  it('reads the count a 409 carries', async () => {
    answer(409, { title: 'Conflict', detail: 'The field holds data in 3 records.', count: 3 });
    const error = (await http('/api/x', { method: 'DELETE' }).catch((e: unknown) => e)) as ProblemError;
    expect(error.count).toBe(3);
    expect(error.message).toBe('The field holds data in 3 records.');
  });

  it('calls the sign-in redirect on 401 unless the caller expects it', async () => {
    const onUnauthorized = vi.fn();
    configureHttp({ onUnauthorized });
    answer(401, { title: 'Unauthorized', status: 401 });
    await http('/api/entities').catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    answer(401, { title: 'Unauthorized', status: 401 });
    await http('/api/auth/login', { method: 'POST', body: {}, allowUnauthorized: true }).catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('returns undefined for 204', async () => {
    answer(204, undefined);
    await expect(http('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});

describe('Retry-After', () => {
  it('reaches the ProblemError of a 429', async () => {
    vi.stubGlobal('fetch', vi.fn(async () =>
      new Response(JSON.stringify({ title: 'Too Many Requests', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
      }),
    ));
    const error = (await http('/api/public/forms/x', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ProblemError;
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(42);
  });

  it('reads seconds or an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
