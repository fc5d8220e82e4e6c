import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { GalleryIndex } from '../../../src/core/gallery-index';
import { gaussianNoise } from '../../../src/core/ddim';
import { hashString } from '../../../src/core/rng';
import { UserReferences, type ReferenceAnalyser, type UserReferenceMeta } from '../../../src/features/references/client/user-references';
import type { AnalysedReference } from '../../../src/features/references/shared/reference-contract';
import { openStudioDb, putGalleryImage, listGallery } from '../../../src/store';

let counter = 0;
const freshName = () => `toonsmith-user-refs-${++counter}`;

// The real analyser runs ONNX models in a browser worker (covered by the e2e tests); here the store logic is
// under test, so a deterministic stand-in derives the "embedding" from the bytes and counts its calls.
class CountingAnalyser implements ReferenceAnalyser {
  calls = 0;
  async analyseReference(blob: Blob): Promise<AnalysedReference> {
    this.calls++;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const embedding = gaussianNoise(hashString(String.fromCharCode(...bytes)), 8) as Float32Array;
    const depth = { width: 2, height: 2, data: new Uint8ClampedArray([0, 85, 170, 255]) };
    const tile = { width: 2, height: 2, data: new Uint8ClampedArray(16).fill(200) };
    return { width: 3, height: 5, embedding, depth, tile };
  }
}

/** A real (tiny) PNG: signature + IHDR + IDAT + IEND. */
function pngBytes(seed: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(Buffer.from(type, 'ascii'), 4);
    out.set(data, 8);
    return out; // CRC left zero: the store never decodes; the browser test covers real decoding
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, seed & 255, 0, 0]));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]));
}

describe('UserReferences', () => {
  it('stores analysed images and reloads them into a fresh index without re-embedding', async () => {
    const name = freshName();
    const analyser = new CountingAnalyser();
    let db = await openStudioDb({ name });
    const index = new GalleryIndex<UserReferenceMeta>(8);
    const refs = new UserReferences(db, index, analyser, 'vision-sha-1', () => 1000 + counter++);
    const a = await refs.add(new Blob([pngBytes(1)], { type: 'image/png' }), 'a.png');
    const b = await refs.add(new Blob([pngBytes(2)]), 'b.png'); // no MIME type from the drop: sniffed
    expect(analyser.calls).toBe(2);
    expect(a.id).toMatch(/^user-[0-9a-f]{16}$/);
    expect(a.id).not.toBe(b.id);
    expect(index.userCount).toBe(2);
    expect(index.topK(a.embedding, 1)[0]).toMatchObject({ id: a.id, source: 'user', meta: { name: 'a.png', width: 3, height: 5 } });
    expect((await refs.add(new Blob([pngBytes(1)]), 'again.png')).id).toBe(a.id); // same bytes: no second entry
    expect(analyser.calls).toBe(2);
    db.close();

    // "Reload": new database connection, new index, new analyser.
    db = await openStudioDb({ name });
    const analyser2 = new CountingAnalyser();
    const index2 = new GalleryIndex<UserReferenceMeta>(8);
    const refs2 = new UserReferences(db, index2, analyser2, 'vision-sha-1');
    expect(await refs2.load()).toEqual({ loaded: 2, reembedded: 0, failed: [] });
    expect(analyser2.calls).toBe(0);
    expect(index2.userCount).toBe(2);
    const hit = index2.topK(b.embedding, 1)[0];
    expect(hit.id).toBe(b.id);
    expect(hit.score).toBeCloseTo(1, 6);
    const stored = refs2.get(a.id)!;
    expect(Array.from(stored.depth!.data)).toEqual([0, 85, 170, 255]);
    expect(stored.thumb).toMatchObject({ width: 2, height: 2 });
    expect(refs2.list().map((r) => r.meta.name)).toEqual(['a.png', 'b.png']);
    const [rec] = (await listGallery(db)).filter((r) => r.id === b.id);
    expect(rec.blob.type).toBe('image/png');
    expect(rec.meta.embeddingModel).toBe('vision-sha-1');

    expect(await refs2.remove(a.id)).toBe(true);
    expect(index2.has(a.id)).toBe(false);
    expect((await listGallery(db)).map((r) => r.id)).toEqual([b.id]);
    db.close();
  });

  it('re-embeds only records made by another vision model', async () => {
    const name = freshName();
    let db = await openStudioDb({ name });
    await new UserReferences(db, new GalleryIndex(8), new CountingAnalyser(), 'old-model').add(new Blob([pngBytes(3)]), 'c.png');
    db.close();
    db = await openStudioDb({ name });
    const analyser = new CountingAnalyser();
    const refs = new UserReferences(db, new GalleryIndex(8), analyser, 'new-model');
    expect(await refs.load()).toEqual({ loaded: 0, reembedded: 1, failed: [] });
    expect(analyser.calls).toBe(1);
    expect((await listGallery(db))[0].meta.embeddingModel).toBe('new-model');
    db.close();
  });

  it('rejects files that are not PNG, JPEG or WebP with a clear message, storing nothing', async () => {
    const db = await openStudioDb({ name: freshName() });
    const analyser = new CountingAnalyser();
    const refs = new UserReferences(db, new GalleryIndex(8), analyser, 'm');
    await expect(refs.add(new Blob(['GIF89a......'], { type: 'image/gif' }), 'anim.gif')).rejects.toThrow(/"anim.gif" \(image\/gif\) is not a PNG, JPEG or WebP/);
    await expect(refs.add(new Blob([]), 'empty.png')).rejects.toThrow(/empty/);
    await expect(refs.add(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/png' }), 'fake.png')).rejects.toThrow(/not a PNG/);
    expect(analyser.calls).toBe(0);
    expect(await listGallery(db)).toEqual([]);
    db.close();
  });

  it('a file the decoder rejects gives a message naming it, and nothing is stored', async () => {
    const db = await openStudioDb({ name: freshName() });
    const failing: ReferenceAnalyser = { analyseReference: () => Promise.reject(new Error('The image could not be decoded (corrupt or unsupported): bad IDAT')) };
    const refs = new UserReferences(db, new GalleryIndex(8), failing, 'm');
    await expect(refs.add(new Blob([pngBytes(4)]), 'broken.png')).rejects.toThrow(/"broken.png" could not be used as a reference: .*corrupt/);
    expect(await listGallery(db)).toEqual([]);
    db.close();
  });

  it('reports stored records it cannot use and keeps going', async () => {
    const db = await openStudioDb({ name: freshName() });
    await putGalleryImage(db, {
      id: 'user-bad', embedding: new Float32Array(4).fill(1), depth: null, blob: new Blob([pngBytes(5)], { type: 'image/png' }),
      meta: { name: 'wrong-size.png', mimeType: 'image/png', width: 1, height: 1, createdAt: 1, embeddingModel: 'm' },
    });
    const refs = new UserReferences(db, new GalleryIndex(8), new CountingAnalyser(), 'm');
    const report = await refs.load();
    expect(report.loaded).toBe(0);
    expect(report.failed).toEqual([{ id: 'user-bad', name: 'wrong-size.png', message: expect.stringMatching(/4 values, expected 8/) }]);
    db.close();
  });
});
