import { describe, expect, it } from 'vitest';
import { actorName, assignmentText, changeLines, moveText, relatedText, visibleTimeline } from '../timelineText';
import type { TimelineItem } from '../types';
import { activity, deal, en } from './fixtures';

const at = '2026-11-23T08:00:00Z';
const assigned = (ownerId: number | null, ownerName: string | null = null): Extract<TimelineItem, { kind: 'assignment' }> => ({
  kind: 'assignment',
  at,
  userId: null,
  assignment: {
    ownerId,
    ownerName,
    strategy: 'roundRobin',
    byDefault: false,
    reason: { en: 'Round-robin: next in turn.', 'zh-CN': '轮流分配：轮到了。' },
  },
});
const move = (from: string | null, to: string | null): TimelineItem => ({
  kind: 'stage',
  at,
  userId: 1,
  move: { field: 'stage', from, to, at, by: 1, source: 'api' },
});

describe('visibleTimeline', () => {
  it('tells a stage change once, by its move: stage lines leave the audited change', () => {
    const items: TimelineItem[] = [
      { kind: 'change', at, action: 'update', changes: [{ field: 'stage', old: 'new', new: 'qualified' }] },
      move('new', 'qualified'),
      {
        kind: 'change',
        at,
        action: 'create',
        changes: [
          { field: 'name', old: null, new: 'Acme' },
          { field: 'stage', old: null, new: 'new' },
        ],
      },
    ];
    const visible = visibleTimeline(items, ['stage']);
    expect(visible.map((item) => item.kind)).toEqual(['stage', 'change']);
    const created = visible[1] as Extract<TimelineItem, { kind: 'change' }>;
    expect(created.changes?.map((change) => change.field)).toEqual(['name']);
  });

  it('tells an owner change made by an assignment once, by the assignment with its reason', () => {
    const items: TimelineItem[] = [
      { kind: 'change', at: '2026-11-23T08:00:00.004Z', action: 'update', changes: [{ field: 'ownerId', old: 1, new: 5 }] },
      assigned(5),
      { kind: 'change', at, action: 'update', changes: [{ field: 'ownerId', old: 5, new: 6 }, { field: 'amount', old: 1, new: 2 }] },
    ];
    const visible = visibleTimeline(items, ['stage']);
    expect(visible.map((item) => item.kind)).toEqual(['assignment', 'change']);
    const byHand = visible[1] as Extract<TimelineItem, { kind: 'change' }>;
    expect(byHand.changes?.map((change) => change.field)).toEqual(['ownerId', 'amount']);
  });

  it('keeps an update that changed other fields besides the stage', () => {
    const items: TimelineItem[] = [
      { kind: 'change', at, action: 'update', changes: [{ field: 'stage', old: 'new', new: 'won' }, { field: 'amount', old: 1, new: 2 }] },
    ];
    expect(visibleTimeline(items, ['stage'])).toHaveLength(1);
  });
});

describe('changeLines', () => {
  it('names fields by label and formats old and new values by type', () => {
    const lines = changeLines([{ field: 'amount', old: null, new: 1200 }], deal.fields, en);
    expect(lines).toEqual([{ field: 'amount', label: 'Amount', old: '', new: '$1,200.00' }]);
  });

  it('shows a field deleted since by its slug and raw value', () => {
    expect(changeLines([{ field: 'gone', old: 'a', new: 'b' }], deal.fields, en)[0]).toMatchObject({ label: 'gone', old: '"a"', new: '"b"' });
  });
});

describe('moveText', () => {
  it('gives the pipeline and both stages as labels in the current language', () => {
    const item = move('new', 'qualified') as Extract<TimelineItem, { kind: 'stage' }>;
    expect(moveText(item.move, deal.fields, 'zh-CN')).toEqual({ field: '阶段', from: '新线索', to: '已确认需求' });
  });

  it('keeps a first move without a stage left, and a stage removed since as its value', () => {
    const item = move(null, 'archived') as Extract<TimelineItem, { kind: 'stage' }>;
    expect(moveText(item.move, deal.fields, 'en')).toEqual({ field: 'Stage', from: null, to: 'archived' });
  });
});

describe('relatedText', () => {
  it('names the linked record by its entity, its display field, and its page', () => {
    const item: Extract<TimelineItem, { kind: 'related' }> = {
      kind: 'related',
      at,
      entity: 'activity',
      via: 'deal',
      record: { id: 7, version: 1, createdAt: at, updatedAt: at, subject: 'First call', deal: 1 },
    };
    expect(relatedText(item, [deal, activity], en)).toEqual({ entity: 'Activity', title: 'First call', href: '/entities/activity/records/7' });
  });
});

describe('assignmentText', () => {
  it('names the new owner and gives the reason in the current language', () => {
    expect(assignmentText(assigned(5, 'Alice'), en)).toEqual({ owner: 'Alice', reason: 'Round-robin: next in turn.' });
    expect(assignmentText(assigned(2), { ...en, language: 'zh-CN' })).toEqual({ owner: 'Li Lei', reason: '轮流分配：轮到了。' });
  });

  it('has no owner when nobody could be chosen', () => {
    expect(assignmentText(assigned(null), en).owner).toBeNull();
  });
});

describe('actorName', () => {
  it('prefers the name the server gave, then the user list, then the id; none or user 0 is the system', () => {
    expect(actorName({ kind: 'change', at, action: 'update', userId: 2, userName: 'Admin' }, en.userNames)).toBe('Admin');
    expect(actorName(move('new', 'won'), en.userNames)).toBe('#1');
    expect(actorName({ ...move('new', 'won'), userId: 2 }, en.userNames)).toBe('Li Lei');
    expect(actorName({ ...move('new', 'won'), userId: null }, en.userNames)).toBeUndefined();
    expect(actorName({ kind: 'change', at, action: 'update', userId: 0 }, en.userNames)).toBeUndefined();
  });
});
