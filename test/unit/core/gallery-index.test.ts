import { describe, expect, it } from 'vitest';
import { GalleryIndex } from '../../../src/core/gallery-index';
import { createRng } from '../../../src/core/rng';

function randomVectors(n: number, d: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n * d }, () => rng.range(-1, 1));
}

// Reference: score every vector in float64 and sort.
function bruteForce(entries: { id: string; v: ArrayLike<number> }[], q: ArrayLike<number>, k: number): string[] {
  const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
  return entries
    .map(({ id, v }) => ({ id, s: Array.from(v).reduce((s, x, j) => s + x * q[j], 0) / norm(v) / norm(q) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((e) => e.id);
}

describe('GalleryIndex', () => {
  const d = 16;

  it('searches shipped and user entries together, reporting the source and metadata', () => {
    const index = new GalleryIndex<{ label: string }>(d);
    const shipped = randomVectors(50, d, 1);
    const entries = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, v: shipped.slice(i * d, (i + 1) * d) }));
    index.setShipped(entries.map((e) => e.id), shipped, entries.map((e) => ({ label: `scene ${e.id}` })));
    const users = randomVectors(10, d, 2);
    for (let i = 0; i < 10; i++) {
      const v = users.slice(i * d, (i + 1) * d);
      index.addUser(`u${i}`, v, { label: `mine ${i}` });
      entries.push({ id: `u${i}`, v });
    }
    expect(index.size).toBe(60);
    const q = randomVectors(1, d, 3);
    const hits = index.topK(q, 8);
    expect(hits.map((h) => h.id)).toEqual(bruteForce(entries, q, 8));
    for (const h of hits) {
      expect(h.source).toBe(h.id.startsWith('u') ? 'user' : 'gallery');
      expect(h.meta.label).toContain(h.id.slice(1));
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(index.get('u3')).toEqual({ id: 'u3', source: 'user', meta: { label: 'mine 3' } });
    expect(index.get('s7')?.source).toBe('gallery');
    expect(index.get('nope')).toBeUndefined();
  });

  it('finds an exact user vector first with score 1, and forgets it after removal', () => {
    const index = new GalleryIndex<string>(d);
    index.setShipped(['a', 'b'], randomVectors(2, d, 4), ['A', 'B']);
    const mine = randomVectors(1, d, 5);
    index.addUser('mine', mine, 'M');
    index.addUser('other', randomVectors(1, d, 6), 'O');
    const [top] = index.topK(mine, 1);
    expect(top.id).toBe('mine');
    expect(top.score).toBeCloseTo(1, 6);
    expect(index.removeUser('mine')).toBe(true);
    expect(index.removeUser('mine')).toBe(false);
    expect(index.topK(mine, 5).map((h) => h.id)).not.toContain('mine');
    expect(index.get('other')?.meta).toBe('O'); // swap-remove kept the other entry addressable
    expect(index.vector('other')?.length).toBe(d);
    expect(index.removeUser('a')).toBe(false); // shipped entries stay
    expect(index.userCount).toBe(1);
  });

  it('filters by source and keeps many user entries consistent through add/remove churn', () => {
    const index = new GalleryIndex<number>(d);
    index.setShipped(['g'], randomVectors(1, d, 7), [0]);
    const live = new Map<string, Float32Array>();
    const rng = createRng(8);
    for (let step = 0; step < 300; step++) {
      const id = `u${rng.int(40)}`;
      if (live.has(id) && rng.chance(0.5)) {
        index.removeUser(id); live.delete(id);
      } else {
        const v = randomVectors(1, d, 100 + step);
        index.addUser(id, v, step); live.set(id, v);
      }
    }
    expect(index.userCount).toBe(live.size);
    const q = randomVectors(1, d, 9);
    const userHits = index.topK(q, 5, { source: 'user' });
    expect(userHits.map((h) => h.id)).toEqual(bruteForce([...live].map(([id, v]) => ({ id, v })), q, 5));
    expect(index.topK(q, 5, { source: 'gallery' }).map((h) => h.id)).toEqual(['g']);
  });

  it('rejects bad shapes, duplicate ids and ids that clash with the shipped gallery', () => {
    const index = new GalleryIndex<null>(4);
    expect(() => index.setShipped(['a'], new Float32Array(3), [null])).toThrow(/needs 4/);
    expect(() => index.setShipped(['a', 'a'], randomVectors(2, 4, 1), [null, null])).toThrow(/duplicate/);
    index.setShipped(['a'], randomVectors(1, 4, 1), [null]);
    expect(() => index.addUser('a', [1, 0, 0, 0], null)).toThrow(/shipped/);
    expect(() => index.addUser('x', [1, 0, 0], null)).toThrow(/expected 4/);
    expect(() => index.addUser('z', [0, 0, 0, 0], null)).toThrow(/zero vector/);
    expect(() => new GalleryIndex(0)).toThrow(/dim/);
  });
});
