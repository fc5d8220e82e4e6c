// Times cosine top-K over n seeded unit vectors (2 warm-up queries, median of
// the rest), with no Node or DOM APIs, so the browser page and Node run the very same code.
import { cosineTopK, normalizeRows } from '../../src/core/cosine-top-k';
import { createRng } from '../../src/core/rng';

export interface TopKTiming { n: number; dim: number; k: number; msPerQuery: number; runs: number }

function fillNoise(values: Float32Array, seed: number): void {
  const rng = createRng(seed);
  for (let i = 0; i < values.length; i++) values[i] = rng.range(-1, 1);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timeTopK(n: number, dim = 512, k = 5, runs = 9): TopKTiming {
  const matrix = new Float32Array(n * dim);
  fillNoise(matrix, n);
  normalizeRows(matrix, n, dim);
  const query = new Float32Array(dim);
  const times: number[] = [];
  for (let run = -2; run < runs; run++) {
    fillNoise(query, run + 100);
    const start = performance.now();
    const hits = cosineTopK(matrix, n, dim, query, k);
    const elapsed = performance.now() - start;
    if (hits.length !== k) throw new Error(`expected ${k} hits, got ${hits.length}`);
    if (run >= 0) times.push(elapsed);
  }
  return { n, dim, k, msPerQuery: median(times), runs };
}
