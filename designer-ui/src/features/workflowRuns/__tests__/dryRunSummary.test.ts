import { describe, expect, it } from 'vitest';
import {
  activityBadges,
  changeTexts,
  dryRunErrors,
  dryRunRequest,
  effectCounts,
  horizonSpan,
  outcomeOf,
  ownerRows,
  virtualOffset,
} from '../dryRunSummary';
import type { DryRunRecord } from '../types';

const record = (over: Partial<DryRunRecord> = {}): DryRunRecord => ({
  recordId: 1,
  title: 'Acme',
  status: 'Finished',
  subStatus: 'Finished',
  path: [],
  changes: [],
  tasks: [],
  notifications: [],
  messages: [],
  waiting: [],
  incidents: [],
  ...over,
});

describe('horizonSpan', () => {
  it('writes days and hours as a .NET time span', () => {
    expect(horizonSpan(7, 'days')).toBe('7.00:00:00');
    expect(horizonSpan(36, 'hours')).toBe('1.12:00:00');
    expect(horizonSpan(5, 'hours')).toBe('0.05:00:00');
  });
});

describe('outcomeOf', () => {
  it('tells finished, waiting, faulted and cancelled runs apart', () => {
    expect(outcomeOf(record())).toBe('finished');
    expect(outcomeOf(record({ status: 'Running', subStatus: 'Suspended' }))).toBe('waiting');
    expect(outcomeOf(record({ subStatus: 'Faulted' }))).toBe('faulted');
    expect(outcomeOf(record({ subStatus: 'Cancelled' }))).toBe('cancelled');
  });

  it('calls a run with incidents faulted even while it waits elsewhere', () => {
    const faulted = record({ status: 'Running', subStatus: 'Suspended', incidents: [{ activityId: 'a', message: 'x' }] });
    expect(outcomeOf(faulted)).toBe('faulted');
  });
});

describe('effectCounts', () => {
  it('counts what the run would do, records created included', () => {
    const counts = effectCounts(
      record({
        tasks: [{ title: 'Call', at: '2026-11-23T09:00:00Z' }],
        created: [{ entity: 'contact', recordId: 9, at: '2026-11-23T09:00:00Z' }],
        messages: [
          { kind: 'email', to: 'a@b.c', at: '2026-11-23T09:00:00Z' },
          { kind: 'webhook', to: 'https://x', at: '2026-11-23T09:00:00Z' },
        ],
      }),
    );
    expect(counts).toMatchObject({ tasks: 1, messages: 2, notifications: 0, changes: 0, created: 1 });
  });
});

describe('activityBadges', () => {
  it('labels each reached activity with how many records reached it', () => {
    const badges = activityBadges({
      activities: [
        { activityId: 'assign', count: 12 },
        { activityId: 'escalate', count: 4 },
        { activityId: 'never', count: 0 },
      ],
    });
    expect(badges).toEqual({ assign: '×12', escalate: '×4' });
  });
});

describe('ownerRows', () => {
  it('puts the owner with most records first and gives each one its share', () => {
    const rows = ownerRows({
      owners: [
        { userId: 1, userName: 'Bob', count: 1 },
        { userId: 2, userName: 'Alice', count: 3 },
      ],
    });
    expect(rows.map((row) => row.userName)).toEqual(['Alice', 'Bob']);
    expect(rows[0].share).toBe(0.75);
  });

  it('orders owners with the same count by name', () => {
    const rows = ownerRows({
      owners: [
        { userId: 1, userName: 'Zoe', count: 2 },
        { userId: 2, userName: 'Anna', count: 2 },
      ],
    });
    expect(rows.map((row) => row.userId)).toEqual([2, 1]);
  });
});

describe('changeTexts', () => {
  it('prefers the server text and shows an empty value as a dash', () => {
    expect(changeTexts({ field: 'owner', label: 'Owner', from: null, to: 7, toText: 'Alice' })).toEqual({
      field: 'Owner',
      from: '—',
      to: 'Alice',
    });
  });

  it('falls back to the slug and joins lists', () => {
    expect(changeTexts({ field: 'tags', from: ['a'], to: ['a', 'b'] })).toEqual({ field: 'tags', from: 'a', to: 'a, b' });
  });
});

describe('virtualOffset', () => {
  const start = '2026-11-23T09:00:00Z';
  it('counts minutes, hours and days from the virtual start', () => {
    expect(virtualOffset(start, start)).toBe('+0m');
    expect(virtualOffset(start, '2026-11-23T09:45:00Z')).toBe('+45m');
    expect(virtualOffset(start, '2026-11-23T11:05:00Z')).toBe('+2h 05m');
    expect(virtualOffset(start, '2026-11-26T13:00:00Z')).toBe('+3d 04h');
  });
});

describe('dryRunRequest', () => {
  it('sends either the picked records or the view, with the horizon as a time span', () => {
    const base = { entity: 'lead', recordIds: [1, 2], viewId: '5', horizon: 2, unit: 'days' as const };
    expect(dryRunRequest({ ...base, source: 'records' })).toEqual({ entity: 'lead', recordIds: [1, 2], horizon: '2.00:00:00' });
    expect(dryRunRequest({ ...base, source: 'view' })).toEqual({ entity: 'lead', viewId: '5', horizon: '2.00:00:00' });
  });
});

describe('dryRunErrors', () => {
  it('puts each message on its field whatever the key case or index', () => {
    const split = dryRunErrors({ RecordIds: ['At most 100 records.'], 'recordIds[2]': ['No record 9.'], horizon: ['Too far.'] });
    expect(split.fields).toEqual({ recordIds: ['At most 100 records.', 'No record 9.'], horizon: ['Too far.'] });
    expect(split.other).toEqual([]);
  });

  it('keeps messages no field owns, and the fallback when there are no field errors', () => {
    expect(dryRunErrors({ workflow: ['Not valid.'] }).other).toEqual(['Not valid.']);
    expect(dryRunErrors({}, 'The workflow has no version.').other).toEqual(['The workflow has no version.']);
  });
});
