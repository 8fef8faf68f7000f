import type { ActivityMark } from '../workflows';
import type { InstanceBookmark, InstanceIncident, JournalEntry } from './types';

/** How a badge under a node reads; the page passes texts in the interface language. */
export type BadgeTexts = {
  /** A timer bookmark: when it fires. */
  timer: (dueAt: string) => string;
  /** Any other bookmark: what the activity waits for (its bookmark name). */
  waiting: (name: string) => string;
  /** An activity that ran more than once (a loop): how many times. */
  runs: (count: number) => string;
};

export type InstancePath = { marks: Record<string, ActivityMark>; badges: Record<string, string> };

// Among states that hold now, the strongest wins: a fault is what a person must see first, then where it waits.
const rank: Record<ActivityMark, number> = { skipped: 0, completed: 1, running: 2, waiting: 3, faulted: 4 };

function markOf(event: JournalEntry['event']): ActivityMark | undefined {
  switch (event) {
    case 'Completed':
      return 'completed';
    case 'Started':
    case 'Resumed':
      return 'running';
    case 'Suspended':
      return 'waiting';
    case 'Faulted':
      return 'faulted';
    // A cancelled activity was reached but did not finish its work: shown like one that did not run.
    case 'Canceled':
    case 'Skipped':
      return 'skipped';
    default:
      return undefined;
  }
}

/**
 * The path an instance took, for the diagram. Per activity, an execution still open (its last journal event
 * Started, Resumed or Suspended) makes it running or waiting; otherwise the execution touched last decides,
 * so a fault that a retry got past, or an earlier loop pass, no longer shows. Bookmarks make their activity
 * waiting and open incidents make it faulted. Badges say when a timer fires, what else an activity waits
 * for, or how often a looped activity ran.
 */
export function instancePath(
  journal: JournalEntry[],
  bookmarks: InstanceBookmark[],
  incidents: InstanceIncident[],
  texts: BadgeTexts,
): InstancePath {
  // Map order is insertion order: deleting before setting moves an execution to the end, the last touched.
  const lastByExecution = new Map<string, JournalEntry>();
  const executions = new Map<string, Set<string>>();
  journal.forEach((entry, index) => {
    const key = entry.activityInstanceId || `${entry.activityId}#${index}`;
    lastByExecution.delete(key);
    lastByExecution.set(key, entry);
    if (entry.event === 'Started') {
      const runs = executions.get(entry.activityId) ?? new Set<string>();
      runs.add(key);
      executions.set(entry.activityId, runs);
    }
  });

  const marks: Record<string, ActivityMark> = {};
  const open = new Set<string>();
  const raise = (activityId: string, mark: ActivityMark) => {
    const current = marks[activityId];
    if (current === undefined || rank[mark] > rank[current]) marks[activityId] = mark;
  };
  for (const entry of lastByExecution.values()) {
    const mark = markOf(entry.event);
    if (!mark) continue;
    if (mark === 'running' || mark === 'waiting') {
      open.add(entry.activityId);
      raise(entry.activityId, mark);
    } else if (!open.has(entry.activityId)) {
      marks[entry.activityId] = mark;
    }
  }
  for (const bookmark of bookmarks) raise(bookmark.activityId, 'waiting');
  for (const incident of incidents) raise(incident.activityId, 'faulted');

  const badges: Record<string, string> = {};
  for (const [activityId, runs] of executions) {
    if (runs.size > 1) badges[activityId] = texts.runs(runs.size);
  }
  for (const bookmark of waitingFirst(bookmarks)) {
    badges[bookmark.activityId] = bookmark.dueAt ? texts.timer(bookmark.dueAt) : texts.waiting(bookmark.name);
  }
  return { marks, badges };
}

/** Per activity the bookmark a badge names: the soonest timer, else the first bookmark. */
function waitingFirst(bookmarks: InstanceBookmark[]): InstanceBookmark[] {
  const chosen = new Map<string, InstanceBookmark>();
  for (const bookmark of bookmarks) {
    const current = chosen.get(bookmark.activityId);
    if (!current || soonerTimer(bookmark, current)) chosen.set(bookmark.activityId, bookmark);
  }
  return [...chosen.values()];
}

function soonerTimer(candidate: InstanceBookmark, current: InstanceBookmark): boolean {
  if (!candidate.dueAt) return false;
  if (!current.dueAt) return true;
  return Date.parse(candidate.dueAt) < Date.parse(current.dueAt);
}

/** The journal lines of one activity, or all of them when none is selected. */
export function journalOf(journal: JournalEntry[], activityId: string | null): JournalEntry[] {
  return activityId ? journal.filter((entry) => entry.activityId === activityId) : journal;
}
