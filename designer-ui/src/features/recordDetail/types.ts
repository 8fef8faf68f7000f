import type { LocalizedText } from '../../shared/i18n';
import type { RecordItem } from '../records';

/** A stage as the entity definition carries it, with what the record page reads beyond the shared type. */
export type StageInfo = {
  value: string;
  label: LocalizedText;
  color?: string | null;
  category?: 'open' | 'won' | 'lost';
  guidance?: string | null;
  maxDwellDays?: number | null;
};

/** GET …/records/{id}/stages: one ledger row. */
export type StageMoveRow = {
  field: string;
  from: string | null;
  to: string | null;
  at: string;
  by?: number | null;
  source: string;
  reason?: string | null;
  skipped?: string[];
};

/** Total time a record spent in one stage over every visit. */
export type StageDwell = { field: string; stage: string; visits: number; days: number; current: boolean; overdue: boolean };

export type StageHistory = { moves: StageMoveRow[]; dwells: StageDwell[] };

export type FieldChange = { field: string; old: unknown; new: unknown };

type TimelineBase = { at: string; userId?: number | null; userName?: string | null };

export type AssignmentStrategy = 'roundRobin' | 'leastOpen' | 'ruleMatch';

/** An owner chosen for the record (none when nobody could be), how, and why in each language. */
export type OwnerAssignment = {
  ownerId?: number | null;
  ownerName?: string | null;
  strategy: AssignmentStrategy;
  byDefault: boolean;
  reason: LocalizedText;
};

/** GET …/records/{id}/timeline: an audited change, a stage move, a record of another entity linking here, or an owner assignment. */
export type TimelineItem =
  | (TimelineBase & { kind: 'change'; action: 'create' | 'update' | 'delete' | 'restore'; changes?: FieldChange[] | null })
  | (TimelineBase & { kind: 'stage'; move: StageMoveRow })
  | (TimelineBase & { kind: 'related'; entity: string; via: string; record: RecordItem })
  | (TimelineBase & { kind: 'assignment'; assignment: OwnerAssignment });

