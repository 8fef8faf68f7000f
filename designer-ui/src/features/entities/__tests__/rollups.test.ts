import { describe, expect, it } from 'vitest';
import type { EntityDefinition } from '../../../shared/schema';
import { newFieldBody, toFieldForm, toFieldPatch } from '../fieldForm';
import { aggregatableFields, rollupSources, whereFromPairs, wherePairs } from '../rollups';

const deal: EntityDefinition = { slug: 'deal', label: { en: 'Deal' }, fields: [{ slug: 'name', type: 'text', label: {} }] };
const activity: EntityDefinition = {
  slug: 'activity',
  label: { en: 'Activity' },
  fields: [
    { slug: 'channel', type: 'select', label: {} },
    { slug: 'minutes', type: 'number', label: {} },
    { slug: 'due', type: 'date', label: {} },
    { slug: 'deal', type: 'relation', label: {}, relation: { entity: 'deal', onDelete: 'cascade' } },
    { slug: 'account', type: 'relation', label: {}, relation: { entity: 'account', onDelete: 'cascade' } },
  ],
};

describe('rollupSources', () => {
  it('finds the relation fields pointing at the entity, and only those', () => {
    const sources = rollupSources([deal, activity], 'deal');
    expect(sources.map((source) => `${source.entity.slug}.${source.via.slug}`)).toEqual(['activity.deal']);
    expect(rollupSources([deal, activity], 'lead')).toEqual([]);
  });
});

describe('aggregatableFields', () => {
  it('offers numbers for a sum, numbers and dates for a maximum, nothing for a count', () => {
    expect(aggregatableFields(activity, 'sum').map((field) => field.slug)).toEqual(['minutes']);
    expect(aggregatableFields(activity, 'max').map((field) => field.slug)).toEqual(['minutes', 'due']);
    expect(aggregatableFields(activity, 'count')).toEqual([]);
  });
});

describe('where pairs', () => {
  it('round-trips the short form and leaves the filter JSON to the text editor', () => {
    expect(wherePairs({ channel: 'meeting', minutes: 30 })).toEqual([
      { field: 'channel', value: 'meeting' },
      { field: 'minutes', value: '30' },
    ]);
    expect(whereFromPairs([{ field: 'channel', value: 'meeting' }, { value: 'orphan' }])).toEqual({ channel: 'meeting' });
    expect(whereFromPairs([])).toBeNull();
    expect(wherePairs({ and: [{ field: 'channel', op: 'eq', value: 'call' }] })).toBeNull();
  });
});

describe('a rollup field in the panel', () => {
  it('saves its settings, the filter from the pairs or, when written, from the JSON', () => {
    const values = toFieldForm({
      slug: 'meetings',
      type: 'rollup',
      label: { en: 'Meetings' },
      rollup: { entity: 'activity', via: 'deal', function: 'count', where: { channel: 'meeting' } },
    });
    expect(toFieldPatch(values).rollup).toEqual({
      entity: 'activity',
      via: 'deal',
      function: 'count',
      field: null,
      where: { channel: 'meeting' },
    });
    const json = { ...values, rollup: { ...values.rollup, function: 'sum' as const, field: 'minutes', whereJson: '{"field":"minutes","op":"gt","value":5}' } };
    expect(toFieldPatch(json).rollup).toMatchObject({ field: 'minutes', where: { field: 'minutes', op: 'gt', value: 5 } });
    expect(toFieldPatch(json)).not.toHaveProperty('default');
  });

  it('starts by counting the first entity that links here', () => {
    const body = newFieldBody('rollup', {
      entity: 'deal',
      takenSlugs: [],
      typeName: { en: 'Rollup' },
      entities: ['deal', 'activity'],
      optionName: { en: 'Option' },
      rollupSource: { entity: 'activity', via: 'deal' },
    });
    expect(body).toMatchObject({ slug: 'rollup_1', rollup: { entity: 'activity', via: 'deal', function: 'count' } });
  });
});
