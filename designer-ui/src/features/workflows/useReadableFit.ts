import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { readableViewport } from './readableViewport';

/** Shows the flow at a readable zoom (see readableViewport) in the pane's current size; false while the pane or its nodes have no size yet. */
export function useReadableFit() {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (duration = 0) => {
      const { width, height } = store.getState();
      const nodes = flow.getNodes();
      if (!width || !height || nodes.length === 0) return false;
      void flow.setViewport(readableViewport(getNodesBounds(nodes), width, height), { duration });
      return true;
    },
    [flow, store],
  );
}
