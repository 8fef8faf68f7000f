import { describe, expect, it } from 'vitest';
import { instancePath, journalOf, type BadgeTexts } from '../instancePath';
import type { InstanceBookmark, InstanceIncident, JournalEntry } from '../types';

const texts: BadgeTexts = {
  timer: (dueAt) => `timer ${dueAt}`,
  waiting: (name) => `waits ${name}`,
  runs: (count) => `×${count}`,
};

let clock = 0;
const entry = (activityId: string, event: JournalEntry['event'], execution = `${activityId}-1`): JournalEntry => ({
  at: new Date(Date.UTC(2026, 10, 23, 9, 0, clock++)).toISOString(),
  activityId,
  activityType: 'Elsa.WriteLine',
  activityName: null,
  activityInstanceId: execution,
  event,
});

const bookmark = (activityId: string, name: string, dueAt?: string): InstanceBookmark => ({
  id: `b-${activityId}-${name}`,
  name,
  hash: 'h',
  payload: {},
  activityId,
  activityInstanceId: `${activityId}-1`,
  createdAt: '2026-11-23T09:00:00Z',
  dueAt,
});

const incident = (activityId: string): InstanceIncident => ({
  id: `i-${activityId}`,
  activityId,
  activityInstanceId: `${activityId}-1`,
  activityType: 'Elsa.RunJavaScript',
  message: 'boom',
  exceptionType: null,
  at: '2026-11-23T09:00:00Z',
  line: 1,
  column: 5,
});

describe('instancePath', () => {
  it('marks completed activities and the one waiting on a timer, with when it fires', () => {
    const journal = [
      entry('start', 'Started'),
      entry('start', 'Completed'),
      entry('delay', 'Started'),
      entry('delay', 'Suspended'),
    ];
    const path = instancePath(journal, [bookmark('delay', 'Elsa.Delay', '2026-11-24T09:00:00Z')], [], texts);
    expect(path.marks).toEqual({ start: 'completed', delay: 'waiting' });
    expect(path.badges).toEqual({ delay: 'timer 2026-11-24T09:00:00Z' });
  });

  it('marks an activity with an open incident faulted', () => {
    const journal = [entry('start', 'Started'), entry('start', 'Completed'), entry('script', 'Started'), entry('script', 'Faulted')];
    const path = instancePath(journal, [], [incident('script')], texts);
    expect(path.marks.script).toBe('faulted');
    expect(path.marks.start).toBe('completed');
  });

  it('no longer shows a fault once a retry got past it', () => {
    const journal = [
      entry('script', 'Started', 'run-1'),
      entry('script', 'Faulted', 'run-1'),
      entry('script', 'Started', 'run-2'),
      entry('script', 'Completed', 'run-2'),
    ];
    expect(instancePath(journal, [], [], texts).marks.script).toBe('completed');
  });

  it('shows an activity still executing as running', () => {
    const path = instancePath([entry('http', 'Started')], [], [], texts);
    expect(path.marks.http).toBe('running');
  });

  it('keeps a looped activity running while one pass is open, and counts its passes', () => {
    const journal = [
      entry('step', 'Started', 'pass-1'),
      entry('step', 'Completed', 'pass-1'),
      entry('step', 'Started', 'pass-2'),
      entry('step', 'Suspended', 'pass-2'),
      entry('other', 'Started'),
      entry('other', 'Completed'),
    ];
    const path = instancePath(journal, [], [], texts);
    expect(path.marks.step).toBe('waiting');
    expect(path.badges.step).toBe('×2');
  });

  it('names what a non-timer bookmark waits for, and the soonest of several timers', () => {
    const bookmarks = [
      bookmark('task', 'Platform.WaitForTask'),
      bookmark('race', 'Elsa.Delay', '2026-11-25T09:00:00Z'),
      bookmark('race', 'Elsa.Timer', '2026-11-24T09:00:00Z'),
    ];
    const path = instancePath([], bookmarks, [], texts);
    expect(path.marks).toEqual({ task: 'waiting', race: 'waiting' });
    expect(path.badges).toEqual({ task: 'waits Platform.WaitForTask', race: 'timer 2026-11-24T09:00:00Z' });
  });

  it('greys out skipped and cancelled activities', () => {
    const path = instancePath([entry('a', 'Skipped'), entry('b', 'Started'), entry('b', 'Canceled')], [], [], texts);
    expect(path.marks).toEqual({ a: 'skipped', b: 'skipped' });
  });
});

describe('journalOf', () => {
  it('filters the journal to the selected activity, or keeps it whole', () => {
    const journal = [entry('a', 'Started'), entry('b', 'Started'), entry('a', 'Completed')];
    expect(journalOf(journal, 'a').map((line) => line.event)).toEqual(['Started', 'Completed']);
    expect(journalOf(journal, null)).toHaveLength(3);
  });
});
