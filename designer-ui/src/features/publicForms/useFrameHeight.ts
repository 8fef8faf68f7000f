import { useEffect } from 'react';

/**
 * Inside an iframe, tells the parent page how tall the form is (`{type: 'platform-form:height', slug,
 * height}`), so an embedding page can size the frame to fit instead of showing a scroll bar.
 */
export function useFrameHeight(slug: string): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    const post = () =>
      window.parent.postMessage({ type: 'platform-form:height', slug, height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [slug]);
}
