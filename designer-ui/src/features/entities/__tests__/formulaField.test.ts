import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { newFieldBody, toFieldForm, toFieldPatch } from '../fieldForm';
import { isActive, jobPercent, type RecomputeJob } from '../formulaApi';

const total: FieldDefinition = {
  slug: 'bant_total',
  type: 'formula',
  label: { 'zh-CN': 'BANT 总分', en: 'BANT total' },
  resultType: 'number',
  precision: 1,
  formula: 'return record.budget + record.need;',
};

describe('formula fields in the field panel', () => {
  it('round-trips the result type, precision and formula, never required, unique or with a default', () => {
    const patch = toFieldPatch({ ...toFieldForm(total), required: true, unique: true, default: 3 });
    expect(patch).toMatchObject({ type: 'formula', resultType: 'number', precision: 1, formula: total.formula });
    expect(patch.unique).toBe(false);
    expect(patch.required).toBe(false);
    expect('default' in patch).toBe(false);
  });

  it('sends no precision for a result type other than number', () => {
    const patch = toFieldPatch({ ...toFieldForm(total), resultType: 'text' });
    expect(patch).toMatchObject({ resultType: 'text', precision: null });
  });

  it('drops the formula when the type changes away from formula', () => {
    const patch = toFieldPatch({ ...toFieldForm(total), type: 'number' });
    expect('formula' in patch || 'resultType' in patch).toBe(false);
  });

  it('starts a new formula field as a number the server accepts', () => {
    const body = newFieldBody('formula', {
      entity: 'lead',
      takenSlugs: [],
      typeName: { en: 'Formula' },
      entities: ['lead'],
      optionName: { en: 'Option' },
    });
    expect(body).toMatchObject({ slug: 'formula_1', resultType: 'number', formula: '0' });
  });
});

describe('recompute progress', () => {
  const job = (extra: Partial<RecomputeJob>): RecomputeJob => ({
    id: 1,
    status: 'running',
    total: 200,
    processed: 50,
    failed: 0,
    createdAt: '2026-11-22T08:00:00Z',
    ...extra,
  });

  it('counts percent done and treats a finished job as complete', () => {
    expect(jobPercent(job({}))).toBe(25);
    expect(jobPercent(job({ status: 'completed', total: 0, processed: 0 }))).toBe(100);
    expect(jobPercent(job({ status: 'queued', total: 0, processed: 0 }))).toBe(0);
  });

  it('asks again only while queued or running', () => {
    expect([job({ status: 'queued' }), job({}), job({ status: 'completed' }), job({ status: 'failed' }), null].map(isActive)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
