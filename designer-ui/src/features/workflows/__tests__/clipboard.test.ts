import { describe, expect, it } from 'vitest';
import { copyNodes, pasteClip } from '../clipboard';
import { toElsa, toGraph } from '../elsaGraph';
import type { ElsaWorkflow } from '../types';

const doc: ElsaWorkflow = {
  definitionId: 'd',
  root: {
    id: 'r',
    type: 'Elsa.Flowchart',
    activities: [
      { id: 's', type: 'Elsa.Start', name: 'Start1', metadata: { designer: { position: { x: 0, y: 0 } } } },
      { id: 'a', type: 'Elsa.WriteLine', name: 'WriteLine1', text: 'hi', nodeId: 'W:r:a', metadata: { designer: { position: { x: 200, y: 0 } } } },
      { id: 'b', type: 'Elsa.WriteLine', name: 'WriteLine2', metadata: { designer: { position: { x: 400, y: 0 } } } },
    ],
    connections: [
      { source: { activity: 's', port: 'Done' }, target: { activity: 'a', port: 'In' } },
      { source: { activity: 'a', port: 'Done' }, target: { activity: 'b', port: 'In' } },
    ],
  },
};

describe('copy and paste', () => {
  it('pastes copies with new ids and names, moved, keeping the connections between copied nodes only', () => {
    const graph = toGraph(doc);
    const clip = copyNodes(graph, ['a', 'b'])!;
    let n = 0;
    const pasted = pasteClip(graph, clip, () => `new${++n}`);
    const back = toElsa(doc, pasted);
    const copies = back.root.activities!.slice(3);
    expect(copies.map((a) => [a.id, a.name, a.metadata?.designer?.position])).toEqual([
      ['new1', 'WriteLine3', { x: 240, y: 40 }],
      ['new2', 'WriteLine4', { x: 440, y: 40 }],
    ]);
    expect(copies[0].text).toBe('hi');
    expect(copies[0].nodeId).toBeUndefined();
    expect((back.root.connections as unknown[]).slice(2)).toEqual([{ source: { activity: 'new1', port: 'Done' }, target: { activity: 'new2', port: 'In' } }]);
    expect(pasted.nodes.filter((x) => x.selected).map((x) => x.id)).toEqual(['new1', 'new2']);
  });

  it('copies nothing when nothing is selected', () => {
    expect(copyNodes(toGraph(doc), [])).toBeNull();
  });

  it('does not change the copied activities when the copies are edited', () => {
    const graph = toGraph(doc);
    const clip = copyNodes(graph, ['a'])!;
    const pasted = pasteClip(graph, clip, () => 'x');
    pasted.nodes[3].data.activity.text = 'changed';
    expect(graph.nodes[1].data.activity.text).toBe('hi');
    expect(clip.activities[0].text).toBe('hi');
  });
});
