import { useNodesInitialized, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useReadableFit } from './useReadableFit';

/** Placed inside a ReactFlow: once its nodes and pane are measured, shows the flow at a readable zoom, once. */
export function ReadableFit() {
  const initialized = useNodesInitialized();
  // The pane's size: a diagram in a drawer that is still opening has none yet, so the fit waits for it.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fit = useReadableFit();
  const done = useRef(false);
  useEffect(() => {
    if (initialized && !done.current) done.current = fit();
  }, [initialized, width, height, fit]);
  return null;
}
