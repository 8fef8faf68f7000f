import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { highlightFields } from '../highlightFields';

const field = (slug: string, type: string): FieldDefinition => ({ slug, type: type as FieldDefinition['type'], label: { en: slug } });

describe('highlightFields', () => {
  it('shows values no one types in (even of a type this screen does not know), then amounts', () => {
    const fields = [field('name', 'text'), field('amount', 'currency'), field('code', 'autonumber'), field('activities', 'rollup')];
    expect(highlightFields(fields, ['name', 'amount']).map((item) => item.slug)).toEqual(['code', 'activities', 'amount']);
  });

  it('leaves out a computed value the form already shows', () => {
    const fields = [field('score', 'formula'), field('name', 'text')];
    expect(highlightFields(fields, ['name', 'score'])).toEqual([]);
  });
});
