// CLIP metrics exactly as training/clip/eval.py defines them (its docstring), so the report's figures
// and the training run's metrics.json mean the same thing.

export const KS = [1, 5, 10] as const;

export interface RetrievalMetrics {
  queries: number;
  gallery: number;
  mean_rank: number;
  /** "mrr@1", "r@1", … for each K of KS. */
  [key: string]: number;
}

/** Row-major [rows, dim] unit vectors (the towers' outputs). */
export interface Embeddings {
  data: Float32Array;
  rows: number;
  dim: number;
}

export function embeddingRow(e: Embeddings, i: number): Float32Array {
  return e.data.subarray(i * e.dim, (i + 1) * e.dim);
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

/** Rank of each query's own image: 1 + the number of gallery images scoring strictly higher. */
export function ownImageRanks(text: Embeddings, image: Embeddings, target: ArrayLike<number>): Int32Array {
  if (text.dim !== image.dim) throw new RangeError(`text dim ${text.dim} ≠ image dim ${image.dim}`);
  if (target.length !== text.rows) throw new RangeError(`${target.length} targets for ${text.rows} queries`);
  const ranks = new Int32Array(text.rows);
  const scores = new Float64Array(image.rows);
  for (let q = 0; q < text.rows; q++) {
    const t = target[q];
    if (!Number.isInteger(t) || t < 0 || t >= image.rows) throw new RangeError(`query ${q}: target ${t} is not an image row`);
    const query = embeddingRow(text, q);
    for (let i = 0; i < image.rows; i++) scores[i] = dot(query, embeddingRow(image, i));
    let higher = 0;
    for (let i = 0; i < image.rows; i++) if (scores[i] > scores[t]) higher++;
    ranks[q] = 1 + higher;
  }
  return ranks;
}

/** MRR@K = mean of 1/rank when rank ≤ K else 0; R@K = share of queries with rank ≤ K; plus the mean rank. */
export function retrievalMetrics(text: Embeddings, image: Embeddings, target: ArrayLike<number>): RetrievalMetrics {
  const ranks = ownImageRanks(text, image, target);
  const n = Math.max(1, ranks.length);
  const out: RetrievalMetrics = { queries: ranks.length, gallery: image.rows, mean_rank: ranks.reduce((a, r) => a + r, 0) / n };
  for (const k of KS) {
    let mrr = 0, hits = 0;
    for (const r of ranks) if (r <= k) { mrr += 1 / r; hits++; }
    out[`mrr@${k}`] = mrr / n;
    out[`r@${k}`] = hits / n;
  }
  return out;
}

/** Index of the largest value; the first one on ties (torch.argmax on CPU). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Cosine of every image with every label prompt: [images][labels]. */
export function labelScores(image: Embeddings, prompts: Embeddings): number[][] {
  if (image.dim !== prompts.dim) throw new RangeError(`image dim ${image.dim} ≠ prompt dim ${prompts.dim}`);
  return Array.from({ length: image.rows }, (_, i) =>
    Array.from({ length: prompts.rows }, (_, l) => dot(embeddingRow(image, i), embeddingRow(prompts, l))));
}

export interface ZeroShotResult {
  accuracy: number;
  /** Share of the most common true label: what always guessing it scores. */
  chance: number;
  predicted: number[];
}

export function zeroShot(image: Embeddings, prompts: Embeddings, truth: ArrayLike<number>): ZeroShotResult {
  if (truth.length !== image.rows) throw new RangeError(`${truth.length} labels for ${image.rows} images`);
  const predicted = labelScores(image, prompts).map((row) => argmax(row));
  const n = Math.max(1, image.rows);
  const counts = new Array<number>(prompts.rows).fill(0);
  for (let i = 0; i < truth.length; i++) counts[truth[i]]++;
  return {
    accuracy: predicted.filter((p, i) => p === truth[i]).length / n,
    chance: Math.max(0, ...counts) / n,
    predicted,
  };
}
