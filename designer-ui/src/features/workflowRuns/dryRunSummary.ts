import type { DryRunChange, DryRunChoice, DryRunRecord, DryRunRequest, DryRunTotals } from './types';

export type HorizonUnit = DryRunChoice['unit'];

/** The server runs at most this many records in one dry run. */
export const maxDryRunRecords = 100;

/** A horizon as the server reads it, a .NET time span `d.hh:mm:ss` ("7.00:00:00" for a week). */
export function horizonSpan(amount: number, unit: HorizonUnit): string {
  const hours = Math.max(0, Math.round(unit === 'days' ? amount * 24 : amount));
  const days = Math.floor(hours / 24);
  return `${days}.${String(hours % 24).padStart(2, '0')}:00:00`;
}

/** How one record's run ended: finished, still waiting when the horizon was reached, faulted or cancelled. */
export type DryRunOutcome = 'finished' | 'waiting' | 'faulted' | 'cancelled' | 'running';

export function outcomeOf(record: Pick<DryRunRecord, 'status' | 'subStatus' | 'incidents'>): DryRunOutcome {
  if (record.subStatus === 'Faulted' || record.incidents.length > 0) return 'faulted';
  if (record.subStatus === 'Cancelled') return 'cancelled';
  if (record.status === 'Finished') return 'finished';
  return record.subStatus === 'Suspended' ? 'waiting' : 'running';
}

/** The counts a record's collapsed row shows, so nobody has to open each row to see what would happen. */
export function effectCounts(record: DryRunRecord) {
  return {
    steps: record.path.length,
    changes: record.changes.length,
    created: record.created?.length ?? 0,
    tasks: record.tasks.length,
    notifications: record.notifications.length,
    messages: record.messages.length,
    waiting: record.waiting.length,
    incidents: record.incidents.length,
  };
}

/** Per activity the diagram badge of the totals: "×N", N records reached it. */
export function activityBadges(totals: Pick<DryRunTotals, 'activities'>): Record<string, string> {
  const badges: Record<string, string> = {};
  for (const activity of totals.activities) {
    if (activity.count > 0) badges[activity.activityId] = `×${activity.count}`;
  }
  return badges;
}

/** The owners table: most records first, then by name; `share` is the fraction of all owner changes. */
export function ownerRows(totals: Pick<DryRunTotals, 'owners'>) {
  const sum = totals.owners.reduce((total, owner) => total + owner.count, 0);
  return [...totals.owners]
    .sort((a, b) => b.count - a.count || (a.userName ?? '').localeCompare(b.userName ?? ''))
    .map((owner) => ({ ...owner, share: sum > 0 ? owner.count / sum : 0 }));
}

/** A field value as a change shows it: the server's text when it gave one, else the value itself. */
export function changeValue(value: unknown, text?: string | null): string {
  if (text !== undefined && text !== null && text !== '') return text;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((item) => changeValue(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function changeTexts(change: DryRunChange): { field: string; from: string; to: string } {
  return {
    field: change.label || change.field,
    from: changeValue(change.from, change.fromText),
    to: changeValue(change.to, change.toText),
  };
}

/**
 * Where an instant lies on the dry run's virtual clock, counted from its start: "+0m", "+45m", "+2h 05m",
 * "+3d 04h". Timers fast-forward, so the offset says more than the wall-clock instant.
 */
export function virtualOffset(startedAt: string, at: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(at) - Date.parse(startedAt)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `+${days}d ${two(hours)}h`;
  if (hours > 0) return `+${hours}h ${two(rest)}m`;
  return `+${rest}m`;
}

/** The request a filled-in drawer sends: records or a view, never both; the horizon as a time span. */
export function dryRunRequest(choice: DryRunChoice): DryRunRequest {
  const horizon = horizonSpan(choice.horizon, choice.unit);
  return choice.source === 'records'
    ? { entity: choice.entity ?? '', recordIds: choice.recordIds, horizon }
    : { entity: choice.entity ?? '', viewId: choice.viewId, horizon };
}

type DryRunField = 'entity' | 'recordIds' | 'viewId' | 'horizon';
export type DryRunFieldErrors = { fields: Partial<Record<DryRunField, string[]>>; other: string[] };

const dryRunFields: DryRunField[] = ['entity', 'recordIds', 'viewId', 'horizon'];

/**
 * A refusal's messages on the drawer's fields: keys match whatever their case (`RecordIds`) and with an
 * index (`recordIds[3]`); anything else, and a problem without field errors, goes above the Run button.
 */
export function dryRunErrors(errors: Record<string, string[]>, fallback?: string): DryRunFieldErrors {
  const result: DryRunFieldErrors = { fields: {}, other: [] };
  for (const [key, messages] of Object.entries(errors)) {
    const head = key.replace(/^\$\.?/, '').split(/[.[]/)[0].toLowerCase();
    const field = dryRunFields.find((name) => name.toLowerCase() === head);
    if (field) result.fields[field] = [...(result.fields[field] ?? []), ...messages];
    else result.other.push(...messages);
  }
  if (Object.keys(errors).length === 0 && fallback) result.other.push(fallback);
  return result;
}
