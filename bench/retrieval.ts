// Prints ms per query of cosine top-5 over 1k / 10k / 100k × 512 unit vectors (median of several runs).
import { timeTopK } from './lib/top-k-timing';

const DIM = 512;
const K = 5;
const RUNS = 9;

console.log(`cosine top-${K}, d=${DIM}, median of ${RUNS} queries (after 2 warm-up queries), Node ${process.version}`);
for (const n of [1_000, 10_000, 100_000]) {
  const { msPerQuery: ms } = timeTopK(n, DIM, K, RUNS);
  console.log(`n=${String(n).padStart(7)}  ${ms.toFixed(2).padStart(8)} ms/query  (${((n * DIM) / ms / 1e6).toFixed(2)} GMAC/s)`);
}
