import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeEdge, toElsa, toGraph } from '../elsaGraph';
import type { ActivityNode, ElsaWorkflow, WorkflowGraph } from '../types';

const samplesDir = new URL('./elsa-samples/', import.meta.url);
const sampleFiles = readdirSync(samplesDir).filter((name) => name.endsWith('.json'));

function load(name: string, dir: URL = samplesDir): ElsaWorkflow {
  // Some exports start with a byte-order mark, which JSON.parse refuses.
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8').replace(/^\uFEFF/, '')) as ElsaWorkflow;
}

const leadIntake = () => load('lead-intake.json', new URL('./fixtures/', import.meta.url));

function moved(graph: WorkflowGraph, id: string, x: number, y: number): WorkflowGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, position: { x, y } } : n)) };
}

function connectionsOf(workflow: ElsaWorkflow): unknown[] {
  return workflow.root.connections as unknown[];
}

describe('toGraph then toElsa', () => {
  it('finds every sample', () => {
    expect(sampleFiles.length).toBeGreaterThanOrEqual(15);
  });

  it.each(sampleFiles)('gives %s back unchanged', (name) => {
    const original = load(name);
    const copy = structuredClone(original);
    const back = toElsa(copy, toGraph(copy));
    expect(back).toEqual(original);
    expect(JSON.stringify(back)).toBe(JSON.stringify(original));
  });

  it('gives the lead-intake example back unchanged', () => {
    const original = leadIntake();
    expect(toElsa(original, toGraph(original))).toEqual(leadIntake());
  });
});

describe('toGraph', () => {
  it('reads the current connection format with ports and positions', () => {
    const graph = toGraph(load('JoinBehaviors__decision-merge-join-none.json'));
    const decision = graph.nodes.find((n) => n.id === 'a38215f28410f472')!;
    expect(decision.position).toEqual({ x: -237.5, y: -255.5 });
    expect(decision.data.activity.type).toBe('Elsa.FlowDecision');
    const fromDecision = graph.edges.filter((e) => e.source === 'a38215f28410f472').map((e) => e.sourceHandle);
    expect(fromDecision.sort()).toEqual(['False', 'True']);
  });

  it('reads the flat 3.0 connection format', () => {
    const graph = toGraph(load('ImportAndExecute__implicit-loop.json'));
    const edge = graph.edges.find((e) => e.source === 'FlowDecision1' && e.target === 'WriteLine3')!;
    expect(edge.sourceHandle).toBe('True');
    expect(edge.targetHandle).toBe('In');
  });

  it('reads a $values wrapper and a single connection object', () => {
    const base = load('ImportAndPublish__cron-every-hour.json');
    const list = connectionsOf(base);
    const wrapped = { ...base, root: { ...base.root, connections: { $values: list } as unknown as unknown[] } };
    const single = { ...base, root: { ...base.root, connections: list[0] as unknown as unknown[] } };
    for (const doc of [wrapped, single]) {
      const graph = toGraph(doc);
      expect(graph.edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([['13658e4b3bfafaaf', 'Done', '1bf2412c9603f5d3']]);
      expect(toElsa(doc, graph)).toEqual(doc);
    }
  });

  it('uses the default outcome for a connection without a port', () => {
    const base = load('ImportAndPublish__cron-every-hour.json');
    const doc = { ...base, root: { ...base.root, connections: [{ source: { activity: '13658e4b3bfafaaf' }, target: { activity: '1bf2412c9603f5d3' } }] } };
    const graph = toGraph(doc);
    expect(graph.edges[0].sourceHandle).toBe('Done');
    expect(toElsa(doc, graph)).toEqual(doc);
  });

  it('places activities without a position and writes none back while they are not moved', () => {
    const doc: ElsaWorkflow = {
      definitionId: 'd',
      root: { id: 'r', type: 'Elsa.Flowchart', activities: [{ id: 'a', type: 'Elsa.Start' }, { id: 'b', type: 'Elsa.End' }], connections: [] },
    };
    const graph = toGraph(doc);
    expect(new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(2);
    expect(toElsa(doc, graph)).toEqual(doc);
    const back = toElsa(doc, moved(graph, 'b', 5, 6));
    expect(back.root.activities![1].metadata).toEqual({ designer: { position: { x: 5, y: 6 } } });
    expect(back.root.activities![0]).toBe(doc.root.activities![0]);
  });

  it('shows a root that is a single activity as one node', () => {
    const doc: ElsaWorkflow = { definitionId: 'd', root: { id: 'w', type: 'Elsa.WriteLine', text: 'hi' } };
    const graph = toGraph(doc);
    expect(graph.nodes.map((n) => n.id)).toEqual(['w']);
    expect(toElsa(doc, graph)).toEqual(doc);
  });
});

describe('toElsa after edits', () => {
  it('writes a moved node into metadata.designer.position and keeps the rest of it', () => {
    const doc = load('ImportAndPublish__timer-workflow.json');
    const back = toElsa(doc, moved(toGraph(doc), 'b91befb34b3e44ea', 10, 20));
    const activity = back.root.activities!.find((a) => a.id === 'b91befb34b3e44ea')!;
    const before = doc.root.activities!.find((a) => a.id === 'b91befb34b3e44ea')!;
    expect(activity.metadata?.designer).toEqual({ ...before.metadata!.designer, position: { x: 10, y: 20 } });
    expect({ ...activity, metadata: undefined }).toEqual({ ...before, metadata: undefined });
    expect(back.root.connections).toBe(doc.root.connections);
    expect({ ...back, root: undefined }).toEqual({ ...doc, root: undefined });
  });

  it('adds a connection in the current format and converts the flat ones', () => {
    const doc = load('FlowchartCompletion__workflow1.json');
    const graph = toGraph(doc);
    const taken = new Set(graph.edges.map((e) => e.id));
    const back = toElsa(doc, { ...graph, edges: [...graph.edges, makeEdge('WriteLine2', 'Done', 'WriteLine3', taken)] });
    expect(connectionsOf(back)).toEqual([
      { source: { activity: 'WriteLine1', port: 'Done' }, target: { activity: 'WriteLine2', port: 'In' } },
      { source: { activity: 'WriteLine1', port: 'Done' }, target: { activity: 'WriteLine3', port: 'In' } },
      { source: { activity: 'WriteLine2', port: 'Done' }, target: { activity: 'WriteLine3', port: 'In' } },
    ]);
  });

  it('removes a connection and keeps the others with their extra properties', () => {
    const doc = load('JoinBehaviors__decision-merge-join-none.json');
    const graph = toGraph(doc);
    const removed = graph.edges.find((e) => e.sourceHandle === 'False')!;
    const back = toElsa(doc, { ...graph, edges: graph.edges.filter((e) => e !== removed) });
    const expected = connectionsOf(doc).filter((c) => (c as { source: { port: string } }).source.port !== 'False');
    expect(connectionsOf(back)).toEqual(expected);
    expect(connectionsOf(back).length).toBe(connectionsOf(doc).length - 1);
    expect((connectionsOf(back)[0] as { vertices: unknown[] }).vertices).toEqual([]);
  });

  it('adds a node with its position after the existing activities', () => {
    const doc = load('BasicWorkflows__hello-world.json');
    const graph = toGraph(doc);
    const node: ActivityNode = {
      id: 'n1',
      type: 'activity',
      position: { x: 100, y: 50 },
      data: { activity: { id: 'n1', type: 'Elsa.Finish', metadata: { designer: { position: { x: 100, y: 50 } } } } },
    };
    const back = toElsa(doc, { nodes: [...graph.nodes, node], edges: graph.edges });
    expect(back.root.activities!.map((a) => a.id)).toEqual(['b039045bb7443e57', 'n1']);
    expect(back.root.activities![1]).toEqual({ id: 'n1', type: 'Elsa.Finish', metadata: { designer: { position: { x: 100, y: 50 } } } });
    expect(back.root.activities![0]).toEqual(doc.root.activities![0]);
  });

  it('keeps a $values wrapper around the activities when one is added', () => {
    const base = load('BasicWorkflows__hello-world.json');
    const doc = { ...base, root: { ...base.root, activities: { $type: 'x', $values: base.root.activities } as unknown as [] } };
    const graph = toGraph(doc);
    const node: ActivityNode = { id: 'n', type: 'activity', position: { x: 0, y: 0 }, data: { activity: { id: 'n', type: 'Elsa.End' }, autoPosition: { x: 0, y: 0 } } };
    const back = toElsa(doc, { nodes: [...graph.nodes, node], edges: [] });
    expect(back.root.activities).toEqual({ $type: 'x', $values: [...base.root.activities!, { id: 'n', type: 'Elsa.End' }] });
  });

  it('drops the connections of a deleted node', () => {
    const doc = leadIntake();
    const graph = toGraph(doc);
    const victim = graph.nodes[1].id;
    const back = toElsa(doc, {
      nodes: graph.nodes.filter((n) => n.id !== victim),
      edges: graph.edges.filter((e) => e.source !== victim && e.target !== victim),
    });
    expect(back.root.activities!.some((a) => a.id === victim)).toBe(false);
    expect(JSON.stringify(back.root.connections)).not.toContain(`"${victim}"`);
  });
});
