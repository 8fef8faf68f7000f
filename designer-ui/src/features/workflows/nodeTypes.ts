import type { NodeTypes } from '@xyflow/react';
import { ActivityNodeView } from './ActivityNodeView';

// At module scope: a new object on each render would make xyflow re-create every node.
export const nodeTypes: NodeTypes = { activity: ActivityNodeView };
