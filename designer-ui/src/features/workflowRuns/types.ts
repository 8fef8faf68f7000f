/** Elsa's workflow status: the first three sub-statuses belong to Running, the last three to Finished. */
export type InstanceStatus = 'Running' | 'Finished';
export type InstanceSubStatus = 'Pending' | 'Executing' | 'Suspended' | 'Finished' | 'Cancelled' | 'Faulted';

/** One run of a workflow version, as `/api/workflow-instances` lists it. */
export type WorkflowInstance = {
  id: string;
  definitionId: string;
  definitionVersionId: string;
  version: number;
  status: InstanceStatus;
  subStatus: InstanceSubStatus;
  correlationId: string | null;
  name: string | null;
  incidentCount: number;
  entity: string | null;
  recordId: number | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
};

/** A place where an instance waits; `dueAt` is set for timers. */
export type InstanceBookmark = {
  id: string;
  name: string;
  hash: string;
  payload: Record<string, unknown>;
  activityId: string;
  activityInstanceId: string;
  createdAt: string;
  dueAt?: string | null;
};

export type InstanceIncident = {
  id: string;
  activityId: string;
  activityInstanceId: string;
  activityType: string;
  message: string;
  exceptionType: string | null;
  at: string;
  line?: number | null;
  column?: number | null;
};

export type JournalEvent = 'Started' | 'Completed' | 'Suspended' | 'Resumed' | 'Faulted' | 'Canceled' | 'Skipped';

export type JournalEntry = {
  at: string;
  activityId: string;
  activityType: string;
  activityName: string | null;
  activityInstanceId: string;
  event: JournalEvent;
  inputs?: Record<string, unknown> | null;
  outputs?: Record<string, unknown> | null;
  outcomes?: string[] | null;
  message?: string | null;
  durationMs?: number | null;
};

/** `GET /api/workflow-instances/{id}`: the instance's fields with its details beside them. */
export type InstanceDetails = WorkflowInstance & {
  variables: Record<string, unknown>;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  bookmarks: InstanceBookmark[];
  incidents: InstanceIncident[];
  journal: JournalEntry[];
  activities: unknown[];
};

/** What the instance list is narrowed to; every part lives in the page's query string. */
export type InstanceListFilter = {
  status?: string;
  definitionId?: string;
  entity?: string;
  recordId?: number;
  /** Keyset paging: instances created before this instant. */
  before?: string;
};

export type WorkflowSummary = {
  definitionId: string;
  name: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
};

export type DryRunRequest = { entity: string; recordIds?: number[]; viewId?: string; horizon?: string };

export type DryRunStep = {
  activityId: string;
  activityName?: string | null;
  activityType: string;
  event: string;
  at: string;
  outcomes?: string[] | null;
};

export type DryRunChange = {
  field: string;
  label?: string | null;
  from: unknown;
  to: unknown;
  fromText?: string | null;
  toText?: string | null;
  at?: string;
};
export type DryRunCreated = { entity: string; recordId: number; at: string };
export type DryRunTask = { title: string; assigneeId?: number | null; assigneeName?: string | null; dueAt?: string | null; at: string };
export type DryRunNotification = { userId?: number | null; userName?: string | null; title: string; at: string };
export type DryRunMessage = { kind: 'email' | 'webhook' | 'http' | string; to: string; subject?: string | null; at: string };
export type DryRunWaiting = { activityId: string; activityName?: string | null; name: string; dueAt?: string | null };
export type DryRunIncident = { activityId: string; message: string; line?: number | null; column?: number | null };

export type DryRunRecord = {
  recordId: number;
  title?: string | null;
  status: InstanceStatus;
  subStatus: InstanceSubStatus;
  path: DryRunStep[];
  changes: DryRunChange[];
  /** Records the run would create, in any entity. */
  created?: DryRunCreated[];
  tasks: DryRunTask[];
  notifications: DryRunNotification[];
  messages: DryRunMessage[];
  waiting: DryRunWaiting[];
  incidents: DryRunIncident[];
  /** The run kept resuming itself (a loop) and was stopped before the horizon. */
  stoppedEarly?: boolean;
};

export type DryRunTotals = {
  records: number;
  finished: number;
  waiting: number;
  faulted: number;
  activities: { activityId: string; activityName?: string | null; count: number }[];
  owners: { userId: number | null; userName?: string | null; count: number }[];
  tasks: number;
  notifications: number;
  messages: number;
};

export type DryRunResult = {
  definitionId: string;
  version: number;
  entity: string;
  horizon: string;
  startedAt: string;
  /** With a view: how many records it lists in all (only the first 100 run). */
  matched?: number;
  records: DryRunRecord[];
  totals: DryRunTotals;
};

export type SavedViewChoice = { id: number | string; name: string };

/** The dry run drawer's choices before they become a request. */
export type DryRunChoice = {
  entity?: string;
  source: 'records' | 'view';
  recordIds: number[];
  viewId?: string;
  horizon: number;
  unit: 'days' | 'hours';
};
