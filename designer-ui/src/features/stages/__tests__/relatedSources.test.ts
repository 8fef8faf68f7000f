import { describe, expect, it } from 'vitest';
import type { EntityDefinition } from '../../../shared/schema';
import { relatedSources } from '../relatedSources';

const entity = (slug: string, fields: EntityDefinition['fields']): EntityDefinition => ({ slug, label: { en: slug }, fields });

describe('relatedSources', () => {
  it('lists the entities linking here with only their relation fields pointing here', () => {
    const entities = [
      entity('deal', [{ slug: 'name', type: 'text', label: {} }]),
      entity('activity', [
        { slug: 'deal', type: 'relation', label: {}, relation: { entity: 'deal', onDelete: 'set_null' } },
        { slug: 'contact', type: 'relation', label: {}, relation: { entity: 'contact', onDelete: 'set_null' } },
      ]),
      entity('contact', [{ slug: 'email', type: 'email', label: {} }]),
    ];
    const sources = relatedSources(entities, 'deal');
    expect(sources.map((source) => source.entity.slug)).toEqual(['activity']);
    expect(sources[0].fields.map((field) => field.slug)).toEqual(['deal']);
  });
});
