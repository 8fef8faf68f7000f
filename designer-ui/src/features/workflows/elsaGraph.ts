import type { ActivityNode, ConnectionEdge, ElsaActivity, ElsaWorkflow, WorkflowGraph, XY } from './types';

/** The port a connection leaves from when the document names none (Elsa's default outcome). */
export const DEFAULT_PORT = 'Done';
/** Elsa ignores the target port; every node has one input called In. */
export const IN_PORT = 'In';

type Parsed = { source: string; target: string; port: string | null | undefined; targetPort: string | undefined; raw: unknown; flat: boolean };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const wrapperKeys = ['$values', 'values', 'items'] as const;

/** Elsa accepts an array, a `{"$values": [...]}` (or `values`/`items`) wrapper, or a single object in its place. */
export function unwrapList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return [];
  for (const key of wrapperKeys) if (Array.isArray(value[key])) return value[key] as unknown[];
  return [value];
}

function wrapperKey(value: unknown): (typeof wrapperKeys)[number] | null {
  if (!isObject(value)) return null;
  return wrapperKeys.find((key) => Array.isArray(value[key])) ?? null;
}

function endpointId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.activity === 'string') return value.activity;
  return undefined;
}

/** Reads one connection in the current (`{source:{activity,port}}`) or flat 3.0 (`{source, sourcePort}`) format. */
export function parseConnection(raw: unknown): Parsed | null {
  if (!isObject(raw)) return null;
  const source = endpointId(raw.source);
  const target = endpointId(raw.target);
  if (source === undefined || target === undefined) return null;
  const flat = typeof raw.source === 'string';
  const port = flat ? (raw.sourcePort as string | null | undefined) : ((raw.source as Record<string, unknown>).port as string | null | undefined);
  const targetPort = flat ? (raw.targetPort as string | undefined) : ((raw.target as Record<string, unknown>).port as string | undefined);
  return { source, target, port, targetPort, raw, flat };
}

export function readConnections(root: ElsaActivity): Parsed[] {
  return unwrapList(root.connections).flatMap((raw) => parseConnection(raw) ?? []);
}

export function readActivities(root: ElsaActivity): ElsaActivity[] {
  return unwrapList(root.activities).filter((a): a is ElsaActivity => isObject(a) && typeof a.id === 'string');
}

/** A root that is not a flowchart (a single activity) is shown as one node. */
export function isContainer(root: ElsaActivity): boolean {
  return root.activities !== undefined || root.type === 'Elsa.Flowchart';
}

export function positionOf(activity: ElsaActivity): XY | undefined {
  const position = activity.metadata?.designer?.position;
  if (!position || typeof position.x !== 'number' || typeof position.y !== 'number') return undefined;
  return { x: position.x, y: position.y };
}

function edgeId(source: string, port: string, target: string, taken: Set<string>): string {
  const base = `${source}:${port}->${target}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  taken.add(id);
  return id;
}

export function makeEdge(source: string, port: string, target: string, taken: Set<string>, raw?: unknown, written?: string | null): ConnectionEdge {
  return {
    id: edgeId(source, port, target, taken),
    source,
    target,
    sourceHandle: port,
    targetHandle: IN_PORT,
    data: raw === undefined ? {} : { raw, port: written },
  };
}

/** Elsa JSON → xyflow nodes and edges. Activities without a stored position get one on a simple grid. */
export function toGraph(workflow: ElsaWorkflow): WorkflowGraph {
  const root = workflow.root;
  const activities = isContainer(root) ? readActivities(root) : [root];
  const nodes: ActivityNode[] = activities.map((activity, index) => {
    const stored = positionOf(activity);
    const auto = { x: (index % 4) * 260, y: Math.floor(index / 4) * 140 };
    return {
      id: activity.id,
      type: 'activity',
      position: stored ?? auto,
      data: stored ? { activity } : { activity, autoPosition: auto },
    };
  });
  const taken = new Set<string>();
  const edges = isContainer(root)
    ? readConnections(root).map((c) => makeEdge(c.source, c.port ?? DEFAULT_PORT, c.target, taken, c.raw, c.port))
    : [];
  return { nodes, edges };
}

function samePosition(a: XY | undefined, b: XY): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y;
}

/** The activity with the node's position written into `metadata.designer.position` when it moved. */
export function activityOf(node: ActivityNode): ElsaActivity {
  const { activity, autoPosition } = node.data;
  const stored = positionOf(activity);
  if (samePosition(stored, node.position) || (!stored && samePosition(autoPosition, node.position))) return activity;
  const metadata = activity.metadata ?? {};
  return {
    ...activity,
    metadata: { ...metadata, designer: { ...metadata.designer, position: { x: node.position.x, y: node.position.y } } },
  };
}

function portOf(edge: ConnectionEdge): string {
  return edge.sourceHandle ?? DEFAULT_PORT;
}

/** True when the edge still says what the connection it was read from says. */
function matches(edge: ConnectionEdge, parsed: Parsed): boolean {
  return edge.data?.raw === parsed.raw && edge.source === parsed.source && edge.target === parsed.target && portOf(edge) === (parsed.port ?? DEFAULT_PORT);
}

/** One connection in the current format, keeping any extra properties (e.g. `vertices`) of the one it came from. */
export function connectionOf(edge: ConnectionEdge): Record<string, unknown> {
  const parsed = edge.data?.raw === undefined ? null : parseConnection(edge.data.raw);
  if (parsed && matches(edge, parsed) && !parsed.flat) return parsed.raw as Record<string, unknown>;
  const rest: Record<string, unknown> = parsed ? { ...(parsed.raw as Record<string, unknown>) } : {};
  delete rest.source;
  delete rest.target;
  delete rest.sourcePort;
  delete rest.targetPort;
  const keepNull = parsed && matches(edge, parsed) && parsed.port == null;
  return {
    source: { activity: edge.source, port: keepNull ? parsed.port : portOf(edge) },
    target: { activity: edge.target, port: IN_PORT },
    ...rest,
  };
}

function writeConnections(root: ElsaActivity, edges: ConnectionEdge[]): unknown {
  const original = readConnections(root);
  const unchanged = edges.length === original.length && edges.every((edge, i) => matches(edge, original[i]));
  if (unchanged && (root.connections !== undefined || edges.length === 0)) return root.connections;
  return edges.map(connectionOf);
}

function writeActivities(root: ElsaActivity, activities: ElsaActivity[]): unknown {
  const original = readActivities(root);
  const unchanged = activities.length === original.length && activities.every((a, i) => a === original[i]);
  if (unchanged) return root.activities;
  const key = wrapperKey(root.activities);
  return key ? { ...(root.activities as unknown as Record<string, unknown>), [key]: activities } : activities;
}

/**
 * Nodes and edges → Elsa JSON, on top of `workflow` (the document as loaded, with any edits to its own
 * properties). Every property of the document and of each activity that the graph does not own is kept.
 */
export function toElsa(workflow: ElsaWorkflow, graph: WorkflowGraph): ElsaWorkflow {
  const activities = graph.nodes.map(activityOf);
  const root = workflow.root;
  if (!isContainer(root)) return activities.length === 1 ? { ...workflow, root: activities[0] } : workflow;
  const nextActivities = writeActivities(root, activities);
  const nextConnections = writeConnections(root, graph.edges);
  if (nextActivities === root.activities && nextConnections === root.connections) return workflow;
  const nextRoot: ElsaActivity = { ...root, activities: nextActivities as ElsaActivity[] };
  if (nextConnections !== undefined) nextRoot.connections = nextConnections as unknown[];
  return { ...workflow, root: nextRoot };
}
