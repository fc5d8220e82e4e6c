import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, hashString } from '../../../src/core/rng';

describe('seeded rng', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in range and is roughly uniform', () => {
    const rng = createRng(7);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 20000; i++) {
      const v = rng.next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      bins[Math.floor(v * 10)]++;
    }
    for (const n of bins) expect(Math.abs(n - 2000)).toBeLessThan(200);
  });

  it('derives distinct seeds from indices and picks by weight', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(1, i)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
    expect(hashString('s0000001')).not.toBe(hashString('s0000002'));
    const rng = createRng(3);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[rng.weighted(['a', 'b'] as const, [1, 3])]++;
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});
