// Prints ms per query of cosine top-5 over 1k / 10k / 100k × 512 unit vectors (median of several runs).
import { cosineTopK, normalizeRows } from '../src/shared/cosine-top-k';
import { createRng } from '../src/shared/rng';

const DIM = 512;
const K = 5;
const RUNS = 9;

function fillNoise(values: Float32Array, seed: number): void {
  const rng = createRng(seed);
  for (let i = 0; i < values.length; i++) values[i] = rng.range(-1, 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`cosine top-${K}, d=${DIM}, median of ${RUNS} queries (after 2 warm-up queries), Node ${process.version}`);
for (const n of [1_000, 10_000, 100_000]) {
  const matrix = new Float32Array(n * DIM);
  fillNoise(matrix, n);
  normalizeRows(matrix, n, DIM);
  const query = new Float32Array(DIM);
  const times: number[] = [];
  for (let run = -2; run < RUNS; run++) {
    fillNoise(query, run + 100);
    const start = performance.now();
    const hits = cosineTopK(matrix, n, DIM, query, K);
    const elapsed = performance.now() - start;
    if (hits.length !== K) throw new Error(`expected ${K} hits, got ${hits.length}`);
    if (run >= 0) times.push(elapsed);
  }
  const ms = median(times);
  console.log(`n=${String(n).padStart(7)}  ${ms.toFixed(2).padStart(8)} ms/query  (${((n * DIM) / ms / 1e6).toFixed(2)} GMAC/s)`);
}
