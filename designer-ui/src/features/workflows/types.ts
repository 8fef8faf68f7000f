import type { Edge, Node } from '@xyflow/react';

/** An Elsa 3 workflow definition as exported: every property this UI does not know is kept as it came. */
export type ElsaWorkflow = {
  definitionId: string;
  name?: string;
  version?: number;
  variables?: unknown[];
  root: ElsaActivity;
  [k: string]: unknown;
};

export type ElsaActivity = {
  id: string;
  type: string;
  name?: string;
  metadata?: { designer?: { position?: { x: number; y: number } }; displayText?: string };
  activities?: ElsaActivity[];
  connections?: unknown[];
  [k: string]: unknown;
};

export type ActivityMark = 'completed' | 'running' | 'waiting' | 'faulted' | 'skipped';

export type ExpressionKind = 'Literal' | 'JavaScript' | 'Variable' | 'Liquid' | 'Object';

export type ElsaExpression = { type?: string; value?: unknown; [k: string]: unknown };

/** A wrapped input: `{typeName, expression: {type, value}}`. */
export type ElsaInput = { typeName?: string; expression?: ElsaExpression; [k: string]: unknown };

/** A workflow variable as Elsa writes it; `value` holds the default as a string. */
export type ElsaVariable = { id: string; name: string; typeName: string; isArray?: boolean; value?: string; [k: string]: unknown };

/** A workflow input definition (`inputs[]` of the document). */
export type ElsaInputDefinition = { name: string; type: string; displayName?: string; [k: string]: unknown };

export type XY = { x: number; y: number };

/** A problem the validator found, shown on its node (`activityId`) or on the workflow (`null`). */
export type WorkflowIssue = { code: string; messageKey: string; params?: Record<string, string | number> };

export type ActivityNodeData = {
  activity: ElsaActivity;
  /** Set when the document had no position for this activity, so an untouched node writes none back. */
  autoPosition?: XY;
  /** Output ports drawn on the node: the catalogue's, plus any an existing connection uses. */
  ports?: string[];
  mark?: ActivityMark;
  badge?: string;
  issues?: string[];
  readOnly?: boolean;
};

export type ActivityNode = Node<ActivityNodeData, 'activity'>;

export type ConnectionEdgeData = {
  /** The connection object as it came from the document; reused so unknown properties survive. */
  raw?: unknown;
  /** The source port exactly as written (absent or null means the default outcome). */
  port?: string | null;
};

export type ConnectionEdge = Edge<ConnectionEdgeData>;

export type WorkflowGraph = { nodes: ActivityNode[]; edges: ConnectionEdge[] };

/** A row of `GET /api/workflows`. */
export type WorkflowSummary = {
  definitionId: string;
  name: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
};
