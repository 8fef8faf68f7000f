export type Bounds = { x: number; y: number; width: number; height: number };
export type Viewport = { x: number; y: number; zoom: number };

/**
 * Where to look at a flow so its labels stay readable: the whole flow when it fits at `minZoom` or more;
 * otherwise `minZoom`, starting at the flow's left edge (where a flow begins) and centred vertically, so the
 * rest is a pan away instead of shrunk to unreadable boxes.
 */
export function readableViewport(bounds: Bounds, width: number, height: number, { minZoom = 0.6, maxZoom = 1.1, padding = 24 } = {}): Viewport {
  const fit = Math.min(maxZoom, (width - 2 * padding) / Math.max(bounds.width, 1), (height - 2 * padding) / Math.max(bounds.height, 1));
  if (fit >= minZoom) {
    return {
      x: width / 2 - (bounds.x + bounds.width / 2) * fit,
      y: height / 2 - (bounds.y + bounds.height / 2) * fit,
      zoom: fit,
    };
  }
  return { x: padding - bounds.x * minZoom, y: height / 2 - (bounds.y + bounds.height / 2) * minZoom, zoom: minZoom };
}
