import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldErrorCodes, FormData, FormRule, FormSchema } from '../types';
import { validateRecord } from '../validateRecord';

// The same file drives the C# tests (tests/Platform.Engine.Tests/Forms): both validators must agree on it.
type Matrix = {
  schemas: Record<string, FormSchema>;
  cases: { name: string; schema: string; rules: FormRule[]; data: FormData; errors: FieldErrorCodes }[];
};

const path = join(__dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'forms', 'rule-matrix.json');
const matrix = JSON.parse(readFileSync(path, 'utf8')) as Matrix;

describe('the shared rule matrix', () => {
  it('has cases', () => {
    expect(matrix.cases.length).toBeGreaterThan(40);
  });

  it.each(matrix.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const schema = matrix.schemas[c.schema];
    expect(schema).toBeDefined();
    expect(validateRecord(schema, c.rules, c.data)).toEqual(c.errors);
  });
});
