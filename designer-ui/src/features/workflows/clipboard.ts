import { activityOf, makeEdge } from './elsaGraph';
import { newActivityName } from './newActivity';
import type { ActivityNode, ElsaActivity, WorkflowGraph } from './types';

/** Copied nodes: their activities (positions written in) and the connections among them. */
export type Clip = { activities: ElsaActivity[]; links: { source: string; port: string; target: string }[] };

export function copyNodes(graph: WorkflowGraph, ids: Iterable<string>): Clip | null {
  const chosen = new Set(ids);
  const activities = graph.nodes.filter((n) => chosen.has(n.id)).map(activityOf);
  if (activities.length === 0) return null;
  const links = graph.edges
    .filter((e) => chosen.has(e.source) && chosen.has(e.target))
    .map((e) => ({ source: e.source, port: e.sourceHandle ?? 'Done', target: e.target }));
  return { activities: structuredClone(activities), links };
}

/**
 * Adds copies of the clip's activities with new ids and names, moved by `offset`, with the connections
 * among them; the copies come selected and everything else unselected.
 */
export function pasteClip(graph: WorkflowGraph, clip: Clip, newId: () => string, offset = { x: 40, y: 40 }): WorkflowGraph {
  const ids = new Map(clip.activities.map((a) => [a.id, newId()]));
  const names: (string | undefined)[] = graph.nodes.map((n) => n.data.activity.name);
  const pasted: ActivityNode[] = clip.activities.map((original) => {
    const position = original.metadata?.designer?.position ?? { x: 0, y: 0 };
    const at = { x: position.x + offset.x, y: position.y + offset.y };
    const name = newActivityName(original.type, names);
    names.push(name);
    const id = ids.get(original.id)!;
    const activity: ElsaActivity = {
      ...structuredClone(original),
      id,
      name,
      metadata: { ...original.metadata, designer: { ...original.metadata?.designer, position: at } },
    };
    delete activity.nodeId;
    return { id, type: 'activity', position: at, selected: true, data: { activity } };
  });
  const taken = new Set(graph.edges.map((e) => e.id));
  const edges = clip.links.map((l) => makeEdge(ids.get(l.source)!, l.port, ids.get(l.target)!, taken));
  return {
    nodes: [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted],
    edges: [...graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...edges],
  };
}
