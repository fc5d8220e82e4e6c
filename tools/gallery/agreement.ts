// How much retrieval changes when the gallery's vectors are stored as float16 instead of float32.
import { cosineTopK, normalizeRows } from '../../src/core/cosine-top-k';
import { decodeFloat16, encodeFloat16 } from '../../src/core/float16';

export interface Agreement {
  queries: number;
  /** Share of queries whose best hit is the same. */
  top1: number;
  /** Mean |top-k(f32) ∩ top-k(f16)| / k. */
  topKOverlap: number;
  k: number;
  /** Largest |score(f32) − score(f16)| over every query's top-k rows. */
  maxScoreDiff: number;
}

/** Every row queries the gallery (itself left out), as a user image or text vector near the gallery would. */
export function float16Agreement(vectors: Float32Array, n: number, d: number, k = 10): Agreement {
  // GalleryIndex re-normalises the rows it is given, so compare against the re-normalised float16 rows.
  const half = normalizeRows(decodeFloat16(encodeFloat16(vectors)), n, d);
  let same1 = 0, overlap = 0, maxDiff = 0;
  for (let i = 0; i < n; i++) {
    const q = vectors.subarray(i * d, (i + 1) * d);
    const a = cosineTopK(vectors, n, d, q, k + 1).filter((h) => h.index !== i).slice(0, k);
    const b = cosineTopK(half, n, d, q, k + 1).filter((h) => h.index !== i).slice(0, k);
    if (a[0]?.index === b[0]?.index) same1++;
    const inB = new Set(b.map((h) => h.index));
    overlap += a.filter((h) => inB.has(h.index)).length / k;
    for (const h of a) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += half[h.index * d + j] * q[j];
      maxDiff = Math.max(maxDiff, Math.abs(dot - h.score));
    }
  }
  return { queries: n, top1: same1 / n, topKOverlap: overlap / n, k, maxScoreDiff: maxDiff };
}
