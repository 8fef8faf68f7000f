import { describe, expect, it } from 'vitest';
import { exportUrl } from '../exportUrl';

const query = (url: string) => Object.fromEntries(new URL(url, 'http://host').searchParams);

describe('exportUrl', () => {
  it('repeats the view: filter as JSON, visible columns, sort and search', () => {
    const url = exportUrl(
      'lead',
      {
        filter: { and: [{ field: 'source', op: 'eq', value: 'web' }, { field: 'budget', op: 'gte', value: 1000 }] },
        columns: ['name', 'budget', 'createdAt'],
        sort: '-budget,name',
        q: ' 张 ',
      },
      'csv',
    );
    expect(url.startsWith('/api/entities/lead/records/export?')).toBe(true);
    expect(query(url)).toEqual({
      format: 'csv',
      filter: '{"and":[{"field":"source","op":"eq","value":"web"},{"field":"budget","op":"gte","value":1000}]}',
      fields: 'name,budget,createdAt',
      sort: '-budget,name',
      q: '张',
    });
  });

  it('names the language chosen in the app, which a download link would not send', () => {
    expect(query(exportUrl('lead', { columns: [] }, 'csv', 'en')).lang).toBe('en');
  });

  it('leaves out what the view does not set', () => {
    expect(exportUrl('lead', { columns: [] }, 'xlsx')).toBe('/api/entities/lead/records/export?format=xlsx');
  });
});
