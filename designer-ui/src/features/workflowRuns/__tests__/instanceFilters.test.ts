import { describe, expect, it } from 'vitest';
import { filterFromSearch, filterToSearch, pageOf, statusTone } from '../instanceFilters';
import type { WorkflowInstance } from '../types';

const instance = (id: string, createdAt: string): WorkflowInstance => ({
  id,
  definitionId: 'lead-intake',
  definitionVersionId: 'v1',
  version: 1,
  status: 'Running',
  subStatus: 'Suspended',
  correlationId: null,
  name: null,
  incidentCount: 0,
  entity: 'lead',
  recordId: 1,
  createdAt,
  updatedAt: createdAt,
  finishedAt: null,
});

describe('instance filters in the query string', () => {
  it('round-trip through the URL', () => {
    const filter = { status: 'Faulted', definitionId: 'lead-intake', entity: 'lead', recordId: 42 };
    const search = filterToSearch(filter);
    expect(search.toString()).toBe('status=Faulted&definitionId=lead-intake&entity=lead&recordId=42');
    expect(filterFromSearch(search)).toEqual({ ...filter, before: undefined });
  });

  it('ignore empty parts and a record id that is not a number', () => {
    const filter = filterFromSearch(new URLSearchParams('status=&entity=lead&recordId=abc'));
    expect(filter).toEqual({ status: undefined, definitionId: undefined, entity: 'lead', recordId: undefined, before: undefined });
    expect(filterToSearch({ status: '', entity: 'lead' }).toString()).toBe('entity=lead');
  });
});

describe('pageOf', () => {
  const items = [instance('c', '2026-11-23T09:03:00Z'), instance('b', '2026-11-23T09:02:00Z'), instance('a', '2026-11-23T09:01:00Z')];

  it('cuts the extra item and pages on from the last shown instance', () => {
    expect(pageOf(items, 2)).toEqual({ items: items.slice(0, 2), olderBefore: '2026-11-23T09:02:00Z' });
  });

  it('says there is no older page when the answer fits', () => {
    expect(pageOf(items, 3)).toEqual({ items });
  });
});

describe('statusTone', () => {
  it('colours waiting, faulted and finished runs differently', () => {
    expect(statusTone('Suspended')).toBe('warning');
    expect(statusTone('Faulted')).toBe('error');
    expect(statusTone('Finished')).toBe('success');
    expect(statusTone('Cancelled')).toBe('default');
  });
});
