import { useNodesInitialized, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useReadableFit } from './useReadableFit';

/**
 * Placed inside a ReactFlow: shows the flow at a readable zoom as soon as the pane has a size, and once more
 * when the nodes' own sizes are measured (a diagram inside an opening drawer may never report them).
 */
export function ReadableFit() {
  const initialized = useNodesInitialized();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const ready = useStore((s) => s.panZoom !== null);
  const fit = useReadableFit();
  const fitted = useRef(0);
  useEffect(() => {
    const stage = initialized ? 2 : 1;
    if (ready && stage > fitted.current && fit()) fitted.current = stage;
  }, [initialized, ready, width, height, fit]);
  return null;
}
