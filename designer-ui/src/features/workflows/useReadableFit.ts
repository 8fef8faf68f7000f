import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { readableViewport } from './readableViewport';

/** Shows the flow at a readable zoom (see readableViewport) in the pane's current size; false while the pane is not ready or has no size or nodes yet. */
export function useReadableFit() {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (duration = 0) => {
      const { width, height, panZoom } = store.getState();
      const nodes = flow.getNodes();
      // Before the pane has its zoom handler, a size and nodes, setting the viewport does nothing.
      if (!panZoom || !width || !height || nodes.length === 0) return false;
      void flow.setViewport(readableViewport(getNodesBounds(nodes), width, height), { duration });
      return true;
    },
    [flow, store],
  );
}
