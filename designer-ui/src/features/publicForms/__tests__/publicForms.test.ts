import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../shared/api';
import { submitProblem } from '../submitOutcome';
import { pickParams } from '../urlParams';

describe('pickParams', () => {
  it('passes on only the parameters the form names', () => {
    expect(pickParams('?utm_source=baidu&utm_medium=cpc&x=1', ['utm_source', 'utm_campaign'])).toEqual({ utm_source: 'baidu' });
  });

  it('decodes values and leaves out empty ones', () => {
    expect(pickParams('?utm_source=%E7%99%BE%E5%BA%A6&ref=', ['utm_source', 'ref'])).toEqual({ utm_source: '百度' });
  });
});

describe('submitProblem', () => {
  it('puts field errors at the fields', () => {
    const error = new ProblemError(400, { status: 400, errors: { phone: ['Required.'] } });
    expect(submitProblem(error)).toEqual({ kind: 'fields', errors: { phone: ['Required.'] } });
  });

  it('recognises the spam refusal by its problem type', () => {
    const error = new ProblemError(400, { status: 400, type: 'https://platform.local/problems/spam', title: 'Rejected' });
    expect(submitProblem(error)).toEqual({ kind: 'spam' });
  });

  it('carries the wait of a 429', () => {
    expect(submitProblem(new ProblemError(429, { status: 429 }, 37))).toEqual({ kind: 'rateLimited', retryAfter: 37 });
  });

  it('tells a closed form apart from a failure', () => {
    expect(submitProblem(new ProblemError(404, { status: 404 }))).toEqual({ kind: 'notFound' });
    expect(submitProblem(new ProblemError(500, { status: 500, detail: 'stack' }))).toEqual({ kind: 'failed', text: undefined });
    expect(submitProblem(new TypeError('network'))).toEqual({ kind: 'failed' });
  });
});
