// Cosine top-K over a flat row-major matrix of L2-normalised vectors: the core of a gallery index.

export interface TopKHit {
  /** Row of the matrix. */
  index: number;
  /** Cosine similarity with the query, in [-1, 1]. */
  score: number;
}

function checkShape(matrix: Float32Array, n: number, d: number): void {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(d) || d < 1) {
    throw new RangeError(`cosine top-k: bad shape n=${n}, d=${d} (need integers n ≥ 0, d ≥ 1)`);
  }
  if (matrix.length < n * d) {
    throw new RangeError(`cosine top-k: matrix holds ${matrix.length} values, ${n}×${d} needs ${n * d}`);
  }
}

function l2Norm(values: Float32Array, start: number, d: number): number {
  let sum = 0;
  for (let j = 0; j < d; j++) sum += values[start + j] * values[start + j];
  return Math.sqrt(sum);
}

/** Scales every row of `matrix` to unit length in place and returns it; a zero or non-finite row is an error. */
export function normalizeRows(matrix: Float32Array, n: number, d: number): Float32Array {
  checkShape(matrix, n, d);
  for (let i = 0; i < n; i++) {
    const start = i * d;
    const norm = l2Norm(matrix, start, d);
    if (!Number.isFinite(norm)) throw new RangeError(`normalizeRows: row ${i} contains NaN or Infinity`);
    if (norm === 0) throw new RangeError(`normalizeRows: row ${i} is a zero vector and has no direction`);
    const inv = 1 / norm;
    for (let j = 0; j < d; j++) matrix[start + j] *= inv;
  }
  return matrix;
}

/** Returns a unit-length copy of `vector`; a zero or non-finite vector is an error. */
export function normalizeVector(vector: Float32Array): Float32Array {
  const copy = Float32Array.from(vector);
  normalizeRows(copy, 1, copy.length);
  return copy;
}

// Unrolled by 4 with separate accumulators: ~1.5× faster than the plain loop in V8 (8 was slower).
function dotRow(matrix: Float32Array, start: number, query: Float32Array, d: number): number {
  let a = 0, b = 0, c = 0, e = 0;
  let j = 0;
  const end4 = d - (d % 4);
  for (; j < end4; j += 4) {
    const p = start + j;
    a += matrix[p] * query[j];
    b += matrix[p + 1] * query[j + 1];
    c += matrix[p + 2] * query[j + 2];
    e += matrix[p + 3] * query[j + 3];
  }
  for (; j < d; j++) a += matrix[start + j] * query[j];
  return a + b + c + e;
}

/** True when hit (sa, ia) ranks below hit (sb, ib): lower score, or equal score and higher index. */
function ranksBelow(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}

/**
 * The k rows most similar to `query`, best first; ties go to the lower index.
 * Rows must already be unit length (see normalizeRows); the query is normalised here.
 * Rows whose score is NaN (corrupt embeddings) are skipped, so fewer than k hits may come back.
 * Keeps a bounded min-heap of k hits, so the cost is n·d + n·log k, not a sort of n scores.
 */
export function cosineTopK(matrix: Float32Array, n: number, d: number, query: Float32Array, k: number): TopKHit[] {
  checkShape(matrix, n, d);
  if (query.length !== d) throw new RangeError(`cosineTopK: query has ${query.length} values, rows have ${d}`);
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`cosineTopK: k must be an integer ≥ 0, got ${k}`);
  const unitQuery = normalizeVectorForQuery(query);
  const size = Math.min(k, n);
  if (size === 0) return [];

  const heapScore = new Float64Array(size);
  const heapIndex = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const score = dotRow(matrix, i * d, unitQuery, d);
    if (score !== score) continue; // NaN
    if (count < size) {
      siftUp(heapScore, heapIndex, count, score, i);
      count++;
    } else if (ranksBelow(heapScore[0], heapIndex[0], score, i)) {
      siftDown(heapScore, heapIndex, count, score, i);
    }
  }

  const hits: TopKHit[] = [];
  for (let h = 0; h < count; h++) hits.push({ index: heapIndex[h], score: heapScore[h] });
  hits.sort((x, y) => y.score - x.score || x.index - y.index);
  return hits;
}

function normalizeVectorForQuery(query: Float32Array): Float32Array {
  const norm = l2Norm(query, 0, query.length);
  if (!Number.isFinite(norm)) throw new RangeError('cosineTopK: query contains NaN or Infinity');
  if (norm === 0) throw new RangeError('cosineTopK: query is a zero vector; cosine similarity is undefined');
  const unit = new Float32Array(query.length);
  for (let j = 0; j < query.length; j++) unit[j] = query[j] / norm;
  return unit;
}

// Heap root holds the worst kept hit, so one comparison rejects most rows.
function siftUp(scores: Float64Array, indices: Int32Array, at: number, score: number, index: number): void {
  let child = at;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!ranksBelow(score, index, scores[parent], indices[parent])) break;
    scores[child] = scores[parent];
    indices[child] = indices[parent];
    child = parent;
  }
  scores[child] = score;
  indices[child] = index;
}

/** Replaces the root with (score, index) and restores the heap. */
function siftDown(scores: Float64Array, indices: Int32Array, count: number, score: number, index: number): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= count) break;
    const right = left + 1;
    let worst = left;
    if (right < count && ranksBelow(scores[right], indices[right], scores[left], indices[left])) worst = right;
    if (!ranksBelow(scores[worst], indices[worst], score, index)) break;
    scores[parent] = scores[worst];
    indices[parent] = indices[worst];
    parent = worst;
  }
  scores[parent] = score;
  indices[parent] = index;
}
