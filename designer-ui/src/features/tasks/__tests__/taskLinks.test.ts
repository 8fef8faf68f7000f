import { describe, expect, it } from 'vitest';
import { dueState, parseUnread, recordLink } from '../taskLinks';

describe('recordLink', () => {
  it('opens the record page of a task about a record', () => {
    expect(recordLink({ entity: 'lead', recordId: 42 })).toBe('/entities/lead/records/42');
  });

  it('has no link for a task about no record or only an entity', () => {
    expect(recordLink({ entity: null, recordId: null })).toBeNull();
    expect(recordLink({ entity: 'lead', recordId: null })).toBeNull();
  });
});

describe('dueState', () => {
  const open = { status: 'open' as const, dueAt: '2026-03-10T15:00:00.000Z', dueToday: false, overdue: false };

  it('puts overdue before due today, as the server flags them', () => {
    expect(dueState({ ...open, dueToday: true, overdue: true })).toBe('overdue');
    expect(dueState({ ...open, dueToday: true })).toBe('today');
    expect(dueState(open)).toBe('later');
    expect(dueState({ ...open, dueAt: null })).toBe('none');
  });

  it('calls a done task done, however late it was', () => {
    expect(dueState({ ...open, status: 'done', overdue: true })).toBe('done');
  });
});

describe('parseUnread', () => {
  it('reads the count from an unread event', () => {
    expect(parseUnread('{"unread":3}')).toBe(3);
    expect(parseUnread('{"unread":0}')).toBe(0);
  });

  it('ignores data that is not a count', () => {
    expect(parseUnread('not json')).toBeNull();
    expect(parseUnread('{"unread":-1}')).toBeNull();
    expect(parseUnread('{"count":2}')).toBeNull();
    expect(parseUnread(undefined)).toBeNull();
  });
});
