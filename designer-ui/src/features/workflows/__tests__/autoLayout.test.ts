import { describe, expect, it } from 'vitest';
import { autoLayout } from '../autoLayout';

const e = (source: string, target: string) => ({ source, target });

describe('autoLayout', () => {
  it('puts each node one column right of the furthest node leading into it', () => {
    const p = autoLayout(['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('a', 'c'), e('c', 'd')]);
    const xs = ['a', 'b', 'c', 'd'].map((id) => p.get(id)!.x);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    expect(xs[2]).toBeLessThan(xs[3]);
  });

  it('stacks branches in one column without overlap', () => {
    const p = autoLayout(['d', 'yes', 'no', 'join'], [e('d', 'yes'), e('d', 'no'), e('yes', 'join'), e('no', 'join')]);
    expect(p.get('yes')!.x).toBe(p.get('no')!.x);
    expect(Math.abs(p.get('yes')!.y - p.get('no')!.y)).toBeGreaterThanOrEqual(90);
    expect(p.get('join')!.x).toBeGreaterThan(p.get('yes')!.x);
    // A single node in a column is centred against the tallest column.
    expect(p.get('d')!.y).toBe((p.get('yes')!.y + p.get('no')!.y) / 2);
  });

  it('lays out a loop without pushing it right forever', () => {
    const p = autoLayout(['s', 'a', 'dec', 'end'], [e('s', 'a'), e('a', 'dec'), e('dec', 'a'), e('dec', 'end')]);
    expect(p.get('s')!.x).toBeLessThan(p.get('a')!.x);
    expect(p.get('a')!.x).toBeLessThan(p.get('dec')!.x);
    expect(p.get('dec')!.x).toBeLessThan(p.get('end')!.x);
  });

  it('places every node, connected or not, and ignores edges to missing nodes', () => {
    const p = autoLayout(['a', 'b', 'lonely'], [e('a', 'b'), e('b', 'ghost'), e('ghost', 'a')]);
    expect([...p.keys()].sort()).toEqual(['a', 'b', 'lonely']);
    const spots = new Set([...p.values()].map((xy) => `${xy.x},${xy.y}`));
    expect(spots.size).toBe(3);
  });

  it('orders a column by where its predecessors sit to avoid crossings', () => {
    const p = autoLayout(['s', 'top', 'bottom', 'afterBottom', 'afterTop'], [e('s', 'top'), e('s', 'bottom'), e('bottom', 'afterBottom'), e('top', 'afterTop')]);
    expect(p.get('afterTop')!.y).toBeLessThan(p.get('afterBottom')!.y);
  });
});
