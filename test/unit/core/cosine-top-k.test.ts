import { describe, expect, it } from 'vitest';
import { cosineTopK, normalizeRows, normalizeVector, type TopKHit } from '../../../src/core/cosine-top-k';
import { createRng } from '../../../src/core/rng';

function noise(length: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length }, () => rng.range(-1, 1));
}

// Independent reference: score every row in float64, full sort.
function bruteForce(matrix: Float32Array, n: number, d: number, query: Float32Array, k: number): TopKHit[] {
  let qn = 0;
  for (let j = 0; j < d; j++) qn += query[j] * query[j];
  const hits: TopKHit[] = [];
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let j = 0; j < d; j++) dot += matrix[i * d + j] * query[j];
    hits.push({ index: i, score: dot / Math.sqrt(qn) });
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  return hits.slice(0, k);
}

describe('normalizeRows', () => {
  it('scales every row to unit length in place', () => {
    const m = new Float32Array([3, 4, 0, -2]);
    expect(normalizeRows(m, 2, 2)).toBe(m);
    expect(Array.from(m)).toEqual([0.6, 0.8, 0, -1].map(Math.fround));
  });

  it('names the zero row instead of producing NaN', () => {
    const m = new Float32Array([1, 0, 0, 0]);
    expect(() => normalizeRows(m, 2, 2)).toThrow(/row 1 is a zero vector/);
  });

  it('rejects NaN rows and shapes the data cannot hold', () => {
    expect(() => normalizeRows(new Float32Array([NaN, 1]), 1, 2)).toThrow(/row 0 contains NaN/);
    expect(() => normalizeRows(new Float32Array(5), 3, 2)).toThrow(/holds 5 values/);
    expect(() => normalizeRows(new Float32Array(4), 2, 0)).toThrow(/bad shape/);
  });

  it('normalizeVector leaves its input untouched', () => {
    const v = new Float32Array([0, 2]);
    expect(Array.from(normalizeVector(v))).toEqual([0, 1]);
    expect(Array.from(v)).toEqual([0, 2]);
  });
});

describe('cosineTopK', () => {
  const n = 500;
  const d = 24;
  const matrix = normalizeRows(noise(n * d, 1), n, d);

  it.each([1, 5, 37, 500])('matches a brute-force full sort for k=%i', (k) => {
    for (const salt of [2, 3, 4]) {
      const query = noise(d, salt);
      const got = cosineTopK(matrix, n, d, query, k);
      const want = bruteForce(matrix, n, d, query, k);
      expect(got.map((h) => h.index)).toEqual(want.map((h) => h.index));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i].score, 5));
    }
  });

  it('does not depend on the query length, only its direction', () => {
    const query = noise(d, 9);
    const scaled = query.map((v) => v * 37.5);
    const fromScaled = cosineTopK(matrix, n, d, scaled, 10);
    const fromQuery = cosineTopK(matrix, n, d, query, 10);
    expect(fromScaled.map((h) => h.index)).toEqual(fromQuery.map((h) => h.index));
    fromScaled.forEach((h, i) => expect(h.score).toBeCloseTo(fromQuery[i].score, 6));
  });

  it('scores an identical row 1 and the opposite row -1', () => {
    const rows = normalizeRows(new Float32Array([1, 2, 2, -1, -2, -2, 2, -1, 0]), 3, 3);
    const hits = cosineTopK(rows, 3, 3, new Float32Array([1, 2, 2]), 3);
    expect(hits.map((h) => h.index)).toEqual([0, 2, 1]);
    expect(hits[0].score).toBeCloseTo(1, 6);
    expect(hits[1].score).toBeCloseTo(0, 6);
    expect(hits[2].score).toBeCloseTo(-1, 6);
  });

  it('breaks ties by the lower index, whatever order they arrive in', () => {
    // Rows 1, 3, 4, 6 are the same vector; row 5 is better; the rest worse.
    const rows = new Float32Array([0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0.6, 0.8, 1, 0, 0, 1]);
    normalizeRows(rows, 8, 2);
    const query = new Float32Array([1, 0.9]);
    const hits = cosineTopK(rows, 8, 2, query, 3);
    expect(hits.map((h) => h.index)).toEqual([5, 1, 3]);
    expect(cosineTopK(rows, 8, 2, new Float32Array([1, 0]), 8).map((h) => h.index)).toEqual([1, 3, 4, 6, 5, 0, 2, 7]);
  });

  it('keeps the right hits when rows arrive in ascending or descending score order', () => {
    const m = 64;
    const rows = new Float32Array(m * 2);
    for (let i = 0; i < m; i++) {
      const angle = (i / m) * Math.PI;
      rows[2 * i] = Math.cos(angle);
      rows[2 * i + 1] = Math.sin(angle);
    }
    expect(cosineTopK(rows, m, 2, new Float32Array([1, 0]), 4).map((h) => h.index)).toEqual([0, 1, 2, 3]);
    expect(cosineTopK(rows, m, 2, new Float32Array([-1, 0]), 4).map((h) => h.index)).toEqual([63, 62, 61, 60]);
  });

  it('returns every row when k exceeds n, and nothing for k=0 or an empty gallery', () => {
    const query = noise(d, 5);
    expect(cosineTopK(matrix, 7, d, query, 50)).toHaveLength(7);
    expect(cosineTopK(matrix, n, d, query, 0)).toEqual([]);
    expect(cosineTopK(new Float32Array(0), 0, d, query, 5)).toEqual([]);
  });

  it('rejects a zero, NaN or wrongly sized query and a bad k', () => {
    expect(() => cosineTopK(matrix, n, d, new Float32Array(d), 5)).toThrow(/query is a zero vector/);
    const nanQuery = noise(d, 6);
    nanQuery[3] = NaN;
    expect(() => cosineTopK(matrix, n, d, nanQuery, 5)).toThrow(/query contains NaN/);
    expect(() => cosineTopK(matrix, n, d, new Float32Array(d + 1), 5)).toThrow(/query has 25 values, rows have 24/);
    expect(() => cosineTopK(matrix, n, d, noise(d, 7), 2.5)).toThrow(/k must be an integer/);
    expect(() => cosineTopK(matrix, n, d, noise(d, 7), -1)).toThrow(/k must be an integer/);
  });

  it('skips rows whose score is NaN instead of corrupting the ranking', () => {
    const rows = normalizeRows(new Float32Array([1, 0, 0.8, 0.6, 0, 1]), 3, 2);
    rows[2] = NaN;
    const hits = cosineTopK(rows, 3, 2, new Float32Array([1, 0]), 3);
    expect(hits.map((h) => h.index)).toEqual([0, 2]);
  });
});
