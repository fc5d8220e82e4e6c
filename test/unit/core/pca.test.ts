import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pca2d } from '../../../src/core/pca';

interface Reference {
  n: number;
  d: number;
  data: number[];
  mean: number[];
  components: number[][];
  variances: number[];
  totalVariance: number;
  projected: number[];
}

// numpy SVD outputs, written by fixtures/make_pca_fixture.py.
const references = JSON.parse(
  readFileSync(new URL('./fixtures/pca-reference.json', import.meta.url), 'utf8'),
) as Record<'tall' | 'wide', Reference>;

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i] - expected[i])).toBeLessThan(tolerance);
}

describe('pca2d against numpy', () => {
  it.each(['tall', 'wide'] as const)('%s case (covariance vs Gram path) matches the SVD', (name) => {
    const ref = references[name];
    const result = pca2d(Float64Array.from(ref.data), ref.n, ref.d);
    expectClose(result.mean, ref.mean, 1e-12);
    expectClose(result.components[0], ref.components[0], 1e-7);
    expectClose(result.components[1], ref.components[1], 1e-7);
    expectClose(result.variances, ref.variances, 1e-8 * ref.variances[0]);
    expect(result.totalVariance).toBeCloseTo(ref.totalVariance, 9);
    expectClose(result.projected, ref.projected, 1e-6);
  });

  it('accepts float32 embeddings with float32-level agreement', () => {
    const ref = references.wide;
    const result = pca2d(Float32Array.from(ref.data), ref.n, ref.d);
    expectClose(result.components[0], ref.components[0], 1e-5);
    expectClose(result.projected, ref.projected, 1e-4);
  });
});

describe('pca2d on shapes with known answers', () => {
  it('finds the direction of a line and zero variance across it', () => {
    // Points on y = 2x + 1: first axis (1, 2)/√5; second axis gets no variance.
    const xs = [-2, -1, 0, 1, 2];
    const data = Float64Array.from(xs.flatMap((x) => [x, 2 * x + 1]));
    const result = pca2d(data, 5, 2);
    expectClose(result.components[0], [1 / Math.sqrt(5), 2 / Math.sqrt(5)], 1e-9);
    expect(result.variances[0]).toBeCloseTo((5 * 10) / 4, 9); // Σ(x²+4x²)/(n−1)
    expect(result.variances[1]).toBe(0);
    // The second component is still a unit vector orthogonal to the first.
    const [a, b] = result.components;
    expect(a[0] * b[0] + a[1] * b[1]).toBeCloseTo(0, 9);
    expect(Math.hypot(b[0], b[1])).toBeCloseTo(1, 9);
    expectClose(Array.from(result.projected).filter((_, i) => i % 2 === 0), xs.map((x) => x * Math.sqrt(5)), 1e-9);
  });

  it('orders axis-aligned variances and finds an axis even when the start could miss it', () => {
    // Variance 9 along z, 4 along x, 1 along y; (1, -1)-like symmetry must not fool the start vector.
    const rows: number[] = [];
    for (const s of [-1, 1]) rows.push(2 * s, 0, 0, 0, s, 0, 0, 0, 3 * s);
    const result = pca2d(Float64Array.from(rows), 6, 3);
    expectClose(result.components[0], [0, 0, 1], 1e-9);
    expectClose(result.components[1], [1, 0, 0], 1e-9);
    expect(result.variances[0]).toBeCloseTo((2 * 9) / 5, 9);
    expect(result.variances[1]).toBeCloseTo((2 * 4) / 5, 9);
    expect(result.totalVariance).toBeCloseTo((2 * 14) / 5, 9);
  });

  it('is deterministic in sign: negating or shifting the data keeps the components', () => {
    const ref = references.tall;
    const base = pca2d(Float64Array.from(ref.data), ref.n, ref.d);
    const negated = pca2d(Float64Array.from(ref.data, (v) => -v + 100), ref.n, ref.d);
    expectClose(negated.components[0], base.components[0], 1e-9);
    expectClose(negated.components[1], base.components[1], 1e-9);
    expectClose(negated.projected, Array.from(base.projected, (v) => -v), 1e-6);
    expect(Math.max(...base.components[0].map(Math.abs))).toBe(Math.max(...base.components[0]));
  });

  it('makes the largest-magnitude entry of each component positive, whichever way iteration lands', () => {
    for (let t = 0; t < 12; t++) {
      // A line in 4-D along a direction with mixed signs, plus a smaller second axis.
      const dir = [Math.sin(t + 1), Math.cos(3 * t + 2), -Math.sin(5 * t + 0.5), Math.cos(t * t)];
      const side = [dir[1], -dir[0], dir[3], -dir[2]];
      const rows: number[] = [];
      for (let i = 0; i < 8; i++) {
        const a = i - 3.5;
        const b = (i % 3) - 1;
        rows.push(...dir.map((v, j) => 3 * a * v + b * side[j]));
      }
      const { components } = pca2d(Float64Array.from(rows), 8, 4);
      for (const c of components) {
        const largest = c.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
        expect(largest).toBeGreaterThan(0);
      }
    }
  });

  it('maps identical points to the origin without NaN', () => {
    const result = pca2d(new Float64Array([1, 2, 3, 1, 2, 3, 1, 2, 3]), 3, 3);
    expect(Array.from(result.projected)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.variances).toEqual([0, 0]);
    expect(Array.from(result.components[0])).toEqual([1, 0, 0]);
    expect(Array.from(result.components[1])).toEqual([0, 1, 0]);
  });

  it('explains bad input', () => {
    expect(() => pca2d(new Float64Array(3), 1, 3)).toThrow(/at least 2 rows/);
    expect(() => pca2d(new Float64Array(4), 4, 1)).toThrow(/at least 2 dimensions/);
    expect(() => pca2d(new Float64Array(5), 3, 2)).toThrow(/holds 5 values/);
    expect(() => pca2d(new Float64Array([0, 1, NaN, 2]), 2, 2)).toThrow(/row 1 contains NaN/);
  });
});
