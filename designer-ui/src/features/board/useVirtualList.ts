import { useCallback, useEffect, useRef, useState } from 'react';
import { visibleRange } from './virtualRange';

/**
 * A scrolled list of fixed-height rows: which rows are in view. `ref` goes on the scrolling element;
 * its height is followed as the window resizes.
 */
export function useVirtualList(count: number, stride: number) {
  const element = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);

  const ref = useCallback((node: HTMLDivElement | null) => {
    element.current = node;
    if (node) setViewport(node.clientHeight);
  }, []);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setViewport(node.clientHeight));
    observer.observe(node);
    const onScroll = () => setScrollTop(node.scrollTop);
    node.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      node.removeEventListener('scroll', onScroll);
    };
  }, []);

  return { ref, element, range: visibleRange(scrollTop, viewport, stride, count) };
}
