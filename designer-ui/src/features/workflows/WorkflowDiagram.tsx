import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { decorateEdges, decorateNodes } from './decorateGraph';
import { toGraph } from './elsaGraph';
import { nodeTypes } from './nodeTypes';
import { ReadableFit } from './ReadableFit';
import type { ActivityMark, ElsaWorkflow } from './types';

export type WorkflowDiagramProps = {
  workflow: ElsaWorkflow;
  marks?: Record<string, ActivityMark>;
  badges?: Record<string, string>;
  onSelect?: (activityId: string | null) => void;
  height?: number | string;
};

export const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };

/** A read-only diagram of a definition, with the same nodes as the editor: marks colour the path taken, badges sit under nodes. */
export function WorkflowDiagram({ workflow, marks, badges, onSelect, height = 480 }: WorkflowDiagramProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const graph = useMemo(() => toGraph(workflow), [workflow]);
  const nodes = useMemo(() => decorateNodes(graph, { marks, badges, readOnly: true, selectedId }), [graph, marks, badges, selectedId]);
  const edges = useMemo(() => decorateEdges(graph.edges, marks), [graph, marks]);
  const select = (id: string | null) => {
    setSelectedId(id);
    onSelect?.(id);
  };
  return (
    <div className="wf-diagram" style={{ height }} data-testid="workflow-diagram">
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          onNodeClick={(_, node) => select(node.id)}
          onPaneClick={() => select(null)}
          minZoom={0.2}
          proOptions={{ hideAttribution: true }}
        >
          <ReadableFit />
          <Background gap={16} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
