import { activityPorts, usedPortsBySource } from './activityPorts';
import type { ActivityMark, ActivityNode, ConnectionEdge, WorkflowGraph } from './types';

export type Decorations = {
  marks?: Record<string, ActivityMark>;
  badges?: Record<string, string>;
  /** Translated problems by activity id. */
  issues?: Record<string, string[]>;
  readOnly?: boolean;
  selectedId?: string | null;
};

/** Adds what a node shows but the document does not hold: its ports, path mark, badge and problems. */
export function decorateNodes(graph: WorkflowGraph, decorations: Decorations): ActivityNode[] {
  const used = usedPortsBySource(graph.edges);
  return graph.nodes.map((node) => ({
    ...node,
    selected: decorations.selectedId === undefined ? node.selected : node.id === decorations.selectedId,
    data: {
      ...node.data,
      ports: activityPorts(node.data.activity, used.get(node.id)),
      mark: decorations.marks?.[node.id],
      badge: decorations.badges?.[node.id],
      issues: decorations.issues?.[node.id],
      readOnly: decorations.readOnly,
    },
  }));
}

/** An edge between two activities that both ran is drawn as the path taken. */
export function decorateEdges(edges: ConnectionEdge[], marks: Record<string, ActivityMark> | undefined): ConnectionEdge[] {
  if (!marks) return edges;
  return edges.map((edge) => {
    const from = marks[edge.source];
    const to = marks[edge.target];
    const taken = from === 'completed' && to !== undefined && to !== 'skipped';
    return taken ? { ...edge, className: 'wf-edge--taken', animated: to === 'running' || to === 'waiting' } : edge;
  });
}
