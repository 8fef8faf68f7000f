import { describe, expect, it } from 'vitest';
import type { EntityDefinition } from '../../../shared/schema';
import { relatedColumns, relatedLinks } from '../relatedLinks';
import { activity, deal } from './fixtures';

const contact: EntityDefinition = {
  slug: 'contact',
  label: { en: 'Contact' },
  fields: [
    { slug: 'name', type: 'text', label: { en: 'Name' } },
    { slug: 'deal', type: 'relation', label: { en: 'Deal' }, relation: { entity: 'deal', onDelete: 'set_null' } },
    { slug: 'second_deal', type: 'relation', label: { en: 'Second deal' }, relation: { entity: 'deal', onDelete: 'set_null' } },
    { slug: 'company', type: 'relation', label: { en: 'Company' }, relation: { entity: 'company', onDelete: 'set_null' } },
  ],
};

describe('relatedLinks', () => {
  it('finds every relation field of any entity pointing at the record, one list per field', () => {
    const links = relatedLinks([deal, activity, contact], 'deal');
    expect(links.map((link) => `${link.entity.slug}.${link.via.slug}`)).toEqual(['activity.deal', 'contact.deal', 'contact.second_deal']);
  });

  it('finds nothing when no entity links to the record', () => {
    expect(relatedLinks([deal, activity, contact], 'activity')).toEqual([]);
  });
});

describe('relatedColumns', () => {
  it('puts the display field first and leaves out long texts and the link back', () => {
    const [link] = relatedLinks([activity], 'deal');
    expect(relatedColumns(link, 3).map((field) => field.slug)).toEqual(['subject', 'channel', 'due']);
  });
});
