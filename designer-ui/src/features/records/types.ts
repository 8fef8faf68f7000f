import type { LocalizedText } from '../../shared/i18n';

export type RecordItem = {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy?: number | null;
  ownerId?: number | null;
  deletedAt?: string | null;
  [field: string]: unknown;
};

export type RecordPage = { items: RecordItem[]; nextCursor: string | null; total?: number | null };

export type FilterOp =
  | 'eq'
  | 'ne'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'in'
  | 'not_in'
  | 'contains'
  | 'starts_with'
  | 'is_empty'
  | 'not_empty'
  | 'between'
  | 'last_days'
  | 'next_days'
  | 'period';

export type FilterCondition = { field: string; op: FilterOp; value?: unknown };
export type FilterGroup = { and: FilterNode[] } | { or: FilterNode[] };
export type FilterNode = FilterCondition | FilterGroup;

export type ListParams = {
  filter?: FilterNode;
  sort?: string;
  q?: string;
  cursor?: string | null;
  limit?: number;
  fields?: string[];
  expand?: string[];
  deleted?: boolean;
};

export type SavedView = {
  id: number;
  name: string;
  filter?: FilterNode | null;
  columns?: string[] | null;
  sort?: string | null;
  q?: string | null;
};

export type SavedViewBody = Omit<SavedView, 'id'>;

export type HistoryEntry = {
  id: number;
  at: string;
  userId?: number | null;
  userName?: string | null;
  action: 'create' | 'update' | 'delete' | 'restore';
  changes?: { field: string; old: unknown; new: unknown }[];
};

export type UserRef = { id: number; name?: string; email?: string };

/** What one score rule gave a record when it was last saved, with the reasons. */
export type RecordScore = {
  rule: string;
  label?: LocalizedText | null;
  score: number;
  grade?: string | null;
  reasons?: { rule: string; points: number }[] | null;
  scoredAt?: string | null;
};

/** What the table shows right now, for actions that repeat it elsewhere (an export). */
export type CurrentView = {
  filter?: FilterNode;
  sort?: string;
  q?: string;
  columns: string[];
  deleted?: boolean;
};
