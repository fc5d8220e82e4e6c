// Cosine top-K over two sources at once: the shipped gallery (fixed, loaded once) and the author's own
// reference images (added and removed at run time). Vectors are kept unit-length in packed matrices.
import { cosineTopK, normalizeRows } from './cosine-top-k';

export type GallerySource = 'gallery' | 'user';

export interface GalleryIndexHit<M> {
  id: string;
  score: number;
  source: GallerySource;
  meta: M;
}

export interface GalleryIndexEntry<M> {
  id: string;
  source: GallerySource;
  meta: M;
}

/** M is the per-entry metadata (e.g. a GalleryScene for shipped entries, a user image's name and size). */
export class GalleryIndex<M = unknown> {
  private shipped: Float32Array = new Float32Array(0);
  private shippedIds: string[] = [];
  private shippedMeta: M[] = [];
  private user: Float32Array = new Float32Array(0);
  private userIds: string[] = [];
  private userMeta: M[] = [];
  private readonly rowOf = new Map<string, { source: GallerySource; row: number }>();

  constructor(readonly dim: number) {
    if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`GalleryIndex: dim must be a positive integer, got ${dim}`);
  }

  get shippedCount(): number { return this.shippedIds.length; }
  get userCount(): number { return this.userIds.length; }
  get size(): number { return this.shippedIds.length + this.userIds.length; }

  /** Replaces the shipped entries; `vectors` is count × dim, row-major, and is normalised in place. */
  setShipped(ids: readonly string[], vectors: Float32Array, meta: readonly M[]): void {
    if (meta.length !== ids.length) throw new RangeError(`GalleryIndex: ${ids.length} ids but ${meta.length} metadata entries`);
    if (vectors.length !== ids.length * this.dim) {
      throw new RangeError(`GalleryIndex: ${ids.length} ids × ${this.dim} needs ${ids.length * this.dim} values, got ${vectors.length}`);
    }
    for (const id of this.shippedIds) this.rowOf.delete(id);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id) || this.rowOf.has(id)) throw new Error(`GalleryIndex: duplicate id "${id}"`);
      seen.add(id);
    }
    normalizeRows(vectors, ids.length, this.dim);
    this.shipped = vectors;
    this.shippedIds = ids.slice();
    this.shippedMeta = meta.slice();
    ids.forEach((id, row) => this.rowOf.set(id, { source: 'gallery', row }));
  }

  /** Adds (or replaces) one user entry. */
  addUser(id: string, vector: ArrayLike<number>, meta: M): void {
    if (vector.length !== this.dim) throw new RangeError(`GalleryIndex: vector for "${id}" has ${vector.length} values, expected ${this.dim}`);
    const existing = this.rowOf.get(id);
    if (existing?.source === 'gallery') throw new Error(`GalleryIndex: id "${id}" belongs to the shipped gallery`);
    const unit = normalizeRows(Float32Array.from(vector), 1, this.dim);
    let row = existing?.row;
    if (row === undefined) {
      row = this.userIds.length;
      this.growUser(row + 1);
      this.userIds.push(id);
      this.userMeta.push(meta);
      this.rowOf.set(id, { source: 'user', row });
    } else {
      this.userMeta[row] = meta;
    }
    this.user.set(unit, row * this.dim);
  }

  /** Removes a user entry; returns false when there was none. Shipped entries cannot be removed. */
  removeUser(id: string): boolean {
    const at = this.rowOf.get(id);
    if (!at || at.source !== 'user') return false;
    // Swap-remove keeps the matrix packed; user order is not part of the contract.
    const last = this.userIds.length - 1;
    if (at.row !== last) {
      this.user.copyWithin(at.row * this.dim, last * this.dim, (last + 1) * this.dim);
      this.userIds[at.row] = this.userIds[last];
      this.userMeta[at.row] = this.userMeta[last];
      this.rowOf.set(this.userIds[at.row], { source: 'user', row: at.row });
    }
    this.userIds.pop();
    this.userMeta.pop();
    this.rowOf.delete(id);
    return true;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** Metadata and source of one entry. */
  get(id: string): GalleryIndexEntry<M> | undefined {
    const at = this.rowOf.get(id);
    if (!at) return undefined;
    return { id, source: at.source, meta: at.source === 'gallery' ? this.shippedMeta[at.row] : this.userMeta[at.row] };
  }

  /** The unit-length vector of one entry (a copy). */
  vector(id: string): Float32Array | undefined {
    const at = this.rowOf.get(id);
    if (!at) return undefined;
    const m = at.source === 'gallery' ? this.shipped : this.user;
    return m.slice(at.row * this.dim, (at.row + 1) * this.dim);
  }

  /** The k entries most similar to `query` over both sources, best first; ties go to the shipped gallery. */
  topK(query: Float32Array, k: number, filter?: { source?: GallerySource }): GalleryIndexHit<M>[] {
    const hits: GalleryIndexHit<M>[] = [];
    if (filter?.source !== 'user') {
      for (const h of cosineTopK(this.shipped, this.shippedIds.length, this.dim, query, k)) {
        hits.push({ id: this.shippedIds[h.index], score: h.score, source: 'gallery', meta: this.shippedMeta[h.index] });
      }
    }
    if (filter?.source !== 'gallery') {
      for (const h of cosineTopK(this.user, this.userIds.length, this.dim, query, k)) {
        hits.push({ id: this.userIds[h.index], score: h.score, source: 'user', meta: this.userMeta[h.index] });
      }
    }
    // Stable sort: shipped hits came first, so equal scores keep them ahead.
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, k);
  }

  private growUser(rows: number): void {
    const need = rows * this.dim;
    if (this.user.length >= need) return;
    const grown = new Float32Array(Math.max(need, this.user.length * 2, 16 * this.dim));
    grown.set(this.user);
    this.user = grown;
  }
}
