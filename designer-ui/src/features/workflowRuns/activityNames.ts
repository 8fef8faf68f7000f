import type { ElsaActivity, ElsaWorkflow } from '../workflows';
import type { JournalEntry } from './types';

/**
 * Every activity's name as a person reads it, by id: its name, else the designer's display text, else its
 * type without the namespace. Nested flowcharts are walked too; the journal fills in what the version lacks.
 */
export function activityNames(workflow: ElsaWorkflow | undefined, journal: JournalEntry[] = []): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of journal) {
    if (!names.has(entry.activityId)) names.set(entry.activityId, entry.activityName || shortType(entry.activityType));
  }
  const visit = (activity: ElsaActivity) => {
    const name = activity.name || activity.metadata?.displayText || shortType(activity.type);
    names.set(activity.id, name);
    for (const child of activity.activities ?? []) visit(child);
  };
  if (workflow?.root) visit(workflow.root);
  return names;
}

function shortType(type: string): string {
  const dot = type.lastIndexOf('.');
  return dot >= 0 ? type.slice(dot + 1) : type;
}
