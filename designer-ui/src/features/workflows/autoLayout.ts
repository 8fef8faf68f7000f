import type { XY } from './types';

export type LayoutOptions = { columnGap: number; rowGap: number; nodeWidth: number; nodeHeight: number };

const defaults: LayoutOptions = { columnGap: 90, rowGap: 40, nodeWidth: 210, nodeHeight: 90 };

type LayoutEdge = { source: string; target: string };

/** Longest-path layers over a graph whose back edges (those closing a loop) are ignored. */
function layers(ids: string[], edges: LayoutEdge[]): Map<string, number> {
  const known = new Set(ids);
  const out = new Map(ids.map((id) => [id, [] as string[]]));
  const incoming = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    if (!known.has(e.source) || !known.has(e.target) || e.source === e.target) continue;
    out.get(e.source)!.push(e.target);
  }
  // Depth-first from the roots marks edges that close a cycle, so a loop back to a decision does not push it right forever.
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const next of out.get(id)!) {
      if (state.get(next) === 'open') back.add(`${id}>${next}`);
      else if (!state.has(next)) visit(next);
    }
    state.set(id, 'done');
  };
  const forward = (id: string) => out.get(id)!.filter((next) => !back.has(`${id}>${next}`));
  for (const e of edges) if (known.has(e.target) && known.has(e.source) && e.source !== e.target) incoming.set(e.target, incoming.get(e.target)! + 1);
  for (const id of ids) if (incoming.get(id) === 0) visit(id);
  for (const id of ids) if (!state.has(id)) visit(id);

  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const id of ids) for (const next of forward(id)) indegree.set(next, indegree.get(next)! + 1);
  const layer = new Map(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of forward(id)) {
      layer.set(next, Math.max(layer.get(next)!, layer.get(id)! + 1));
      indegree.set(next, indegree.get(next)! - 1);
      if (indegree.get(next) === 0) queue.push(next);
    }
  }
  return layer;
}

/**
 * A layered left-to-right layout: each node one column right of the furthest node leading into it; within a
 * column, nodes are ordered by the average row of their predecessors (fewer crossings) and centred.
 */
export function autoLayout(ids: string[], edges: LayoutEdge[], options: Partial<LayoutOptions> = {}): Map<string, XY> {
  const o = { ...defaults, ...options };
  const layer = layers(ids, edges);
  const columns: string[][] = [];
  for (const id of ids) (columns[layer.get(id)!] ??= []).push(id);
  const row = new Map<string, number>();
  const predecessors = new Map(ids.map((id) => [id, edges.filter((e) => e.target === id && layer.get(e.source)! < layer.get(id)!).map((e) => e.source)]));
  columns.forEach((column, c) => {
    if (c > 0) {
      const weight = (id: string) => {
        const rows = predecessors.get(id)!.map((p) => row.get(p) ?? 0);
        return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
      };
      column.sort((a, b) => weight(a) - weight(b) || ids.indexOf(a) - ids.indexOf(b));
    }
    column.forEach((id, r) => row.set(id, r));
  });
  const tallest = Math.max(1, ...columns.map((c) => c?.length ?? 0));
  const positions = new Map<string, XY>();
  columns.forEach((column, c) => {
    const offset = ((tallest - column.length) * (o.nodeHeight + o.rowGap)) / 2;
    column.forEach((id, r) => positions.set(id, { x: c * (o.nodeWidth + o.columnGap), y: offset + r * (o.nodeHeight + o.rowGap) }));
  });
  return positions;
}
