import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import type { DragEvent } from 'react';
import { PALETTE_MIME } from './ActivityPalette';
import { nodeTypes } from './nodeTypes';
import { ReadableFit } from './ReadableFit';
import type { ActivityNode, ConnectionEdge, XY } from './types';
import { defaultEdgeOptions } from './WorkflowDiagram';

type Props = {
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
  onNodesChange: (changes: NodeChange<ActivityNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<ConnectionEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  onDragStart: OnNodeDrag<ActivityNode>;
  onDragStop: OnNodeDrag<ActivityNode>;
  onDropActivity: (type: string, position: XY) => void;
};

/** The editable canvas; activities dragged from the palette land where they are dropped. */
export function EditorCanvas({ nodes, edges, onNodesChange, onEdgesChange, onConnect, onDragStart, onDragStop, onDropActivity }: Props) {
  const flow = useReactFlow();
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(PALETTE_MIME);
    if (!type) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    // The node's top-left corner goes a little up-left of the pointer, so it lands under the hand.
    onDropActivity(type, { x: Math.round(at.x - 40), y: Math.round(at.y - 20) });
  };
  return (
    <div className="wf-canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="wf-canvas">
      <ReactFlow<ActivityNode, ConnectionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={onDragStart}
        onNodeDragStop={onDragStop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        minZoom={0.2}
        snapToGrid
        snapGrid={[10, 10]}
        proOptions={{ hideAttribution: true }}
      >
        <ReadableFit />
        <Background gap={20} />
        <Controls />
        <MiniMap pannable zoomable className="wf-minimap" />
      </ReactFlow>
    </div>
  );
}
