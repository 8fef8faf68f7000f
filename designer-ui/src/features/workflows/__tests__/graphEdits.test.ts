import { describe, expect, it } from 'vitest';
import { toElsa, toGraph } from '../elsaGraph';
import { addActivity, connect, removeSelected, selectOnly, updateActivity } from '../graphEdits';
import { paletteMatches } from '../paletteSearch';
import type { ElsaWorkflow } from '../types';

const doc: ElsaWorkflow = {
  definitionId: 'd',
  root: {
    id: 'r',
    type: 'Elsa.Flowchart',
    activities: [
      { id: 's', type: 'Elsa.Start', name: 'Start1', metadata: { designer: { position: { x: 0, y: 0 } } } },
      { id: 'a', type: 'Elsa.WriteLine', name: 'WriteLine1', metadata: { designer: { position: { x: 200, y: 0 } } } },
    ],
    connections: [{ source: { activity: 's', port: 'Done' }, target: { activity: 'a', port: 'In' } }],
  },
};

describe('graph edits', () => {
  it('adds a selected activity and connects it through a named port, once', () => {
    let graph = addActivity(toGraph(doc), 'Elsa.FlowDecision', { x: 400, y: 0 }, 'dec');
    expect(graph.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['dec']);
    graph = connect(graph, 'a', 'Done', 'dec');
    expect(connect(graph, 'a', 'Done', 'dec')).toBe(graph);
    const back = toElsa(doc, graph);
    expect(back.root.activities!.map((x) => x.type)).toEqual(['Elsa.Start', 'Elsa.WriteLine', 'Elsa.FlowDecision']);
    expect((back.root.connections as unknown[])[1]).toEqual({ source: { activity: 'a', port: 'Done' }, target: { activity: 'dec', port: 'In' } });
  });

  it('removes selected nodes with their connections in one edit', () => {
    const graph = removeSelected(selectOnly(toGraph(doc), 'a'));
    expect(graph.nodes.map((n) => n.id)).toEqual(['s']);
    expect(graph.edges).toEqual([]);
    expect(removeSelected(toGraph(doc)).nodes.length).toBe(2);
  });

  it('removes a selected connection only', () => {
    const base = toGraph(doc);
    const graph = removeSelected({ ...base, edges: base.edges.map((e) => ({ ...e, selected: true })) });
    expect(graph.nodes.length).toBe(2);
    expect(toElsa(doc, graph).root.connections).toEqual([]);
  });

  it('changes one activity and keeps the others as they were', () => {
    const base = toGraph(doc);
    const graph = updateActivity(base, 'a', (x) => ({ ...x, text: 'hello' }));
    expect(graph.nodes[1].data.activity.text).toBe('hello');
    expect(graph.nodes[0]).toBe(base.nodes[0]);
  });
});

describe('paletteMatches', () => {
  it('finds by every word in any of the texts, in any case', () => {
    expect(paletteMatches('create TASK', ['Create task', '创建任务'])).toBe(true);
    expect(paletteMatches('任务', ['Create task', '创建任务'])).toBe(true);
    expect(paletteMatches('email', ['Create task', '创建任务'])).toBe(false);
    expect(paletteMatches('  ', ['x'])).toBe(true);
  });
});
