import { describe, expect, it } from 'vitest';
import { readableViewport } from '../readableViewport';

describe('readableViewport', () => {
  it('shows the whole flow, centred, when it fits at a readable zoom', () => {
    const view = readableViewport({ x: 0, y: 0, width: 400, height: 200 }, 800, 600);
    expect(view.zoom).toBe(1.1);
    expect(view.x).toBeCloseTo(400 - 200 * 1.1);
    expect(view.y).toBeCloseTo(300 - 100 * 1.1);
  });

  it('keeps a long flow readable and starts at its left edge instead of shrinking it', () => {
    const view = readableViewport({ x: -100, y: 50, width: 3000, height: 100 }, 600, 400);
    expect(view.zoom).toBe(0.6);
    // The flow's left edge sits just inside the view.
    expect(-100 * view.zoom + view.x).toBeCloseTo(24);
    expect((50 + 50) * view.zoom + view.y).toBeCloseTo(200);
  });
});
