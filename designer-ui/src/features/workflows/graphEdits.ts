import { makeEdge } from './elsaGraph';
import { newActivity } from './newActivity';
import type { ActivityNode, ElsaActivity, WorkflowGraph, XY } from './types';

/** Pure edits of the graph the canvas makes; each returns a new graph. */
export function addActivity(graph: WorkflowGraph, type: string, position: XY, id: string): WorkflowGraph {
  const activity = newActivity(type, position, id, graph.nodes.map((n) => n.data.activity.name));
  const node: ActivityNode = { id, type: 'activity', position, selected: true, data: { activity } };
  return { nodes: [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node], edges: graph.edges };
}

/** Connects two nodes through a port; a second identical connection is not added. */
export function connect(graph: WorkflowGraph, source: string, port: string, target: string): WorkflowGraph {
  if (graph.edges.some((e) => e.source === source && e.target === target && (e.sourceHandle ?? 'Done') === port)) return graph;
  const taken = new Set(graph.edges.map((e) => e.id));
  return { ...graph, edges: [...graph.edges, makeEdge(source, port, target, taken)] };
}

/** Removes the selected nodes with every connection touching them, and the selected connections. */
export function removeSelected(graph: WorkflowGraph): WorkflowGraph {
  const gone = new Set(graph.nodes.filter((n) => n.selected).map((n) => n.id));
  const edges = graph.edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
  if (gone.size === 0 && edges.length === graph.edges.length) return graph;
  return { nodes: graph.nodes.filter((n) => !gone.has(n.id)), edges };
}

export function updateActivity(graph: WorkflowGraph, id: string, update: (activity: ElsaActivity) => ElsaActivity): WorkflowGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, activity: update(n.data.activity) } } : n)) };
}

export function selectOnly(graph: WorkflowGraph, id: string | null): WorkflowGraph {
  return {
    nodes: graph.nodes.map((n) => (n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })),
    edges: graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  };
}

/** Moves every node to the given positions (auto-layout). */
export function placeNodes(graph: WorkflowGraph, positions: Map<string, XY>): WorkflowGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) };
}
