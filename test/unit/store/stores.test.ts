import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  openStudioDb,
  saveDraft,
  loadDraft,
  listDrafts,
  deleteDraft,
  putGalleryImage,
  getGalleryImage,
  listGallery,
  deleteGalleryImage,
  getSetting,
  setSetting,
  StorageFullError,
  type GalleryRecord,
} from '../../../src/store';

const EMPTY_PAGE = { width: 800, background: '#ffffff', panels: [] };
const NO_COMPOSER = { looks: {}, layouts: {} };
let counter = 0;
const freshDb = () => openStudioDb({ name: `toonsmith-stores-${++counter}` });

function galleryRecord(id: string, createdAt: number): GalleryRecord {
  return {
    id,
    embedding: new Float32Array([0.25, -0.5, 1, 0]),
    depth: { width: 2, height: 2, data: new Float32Array([0, 0.5, 0.75, 1]) },
    blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
    meta: { name: `${id}.png`, mimeType: 'image/png', width: 2, height: 2, createdAt },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('drafts', () => {
  it('round-trips Korean, English, emoji and markup exactly', async () => {
    const db = await freshDb();
    const text = '영희가 웃는다 😀\n<script>alert(1)</script>\nThe end.';
    await saveDraft(db, text, undefined, () => 42);
    expect(await loadDraft(db)).toEqual({ id: 'current', text, updatedAt: 42, planEdits: { lines: {}, cast: {} }, page: EMPTY_PAGE, composer: NO_COMPOSER });
    db.close();
  });

  it('round-trips the scene-plan fixes saved with a draft', async () => {
    const db = await freshDb();
    const planEdits = { lines: { '철수가 뛴다.': { setting: 'park', objects: [{ kind: 'kite', count: null }] } }, cast: { c1: { name: '철수' } } };
    await saveDraft(db, '철수가 뛴다.', undefined, () => 7, planEdits);
    expect(await loadDraft(db)).toEqual({ id: 'current', text: '철수가 뛴다.', updatedAt: 7, planEdits, page: EMPTY_PAGE, composer: NO_COMPOSER });
    db.close();
  });

  it('round-trips the page saved with a draft: shapes, gutters, background and balloons with markup as text', async () => {
    const db = await freshDb();
    const balloon = {
      id: '철수가 뛴다.#1', kind: 'speech', speaker: '철수', text: '<img src=x onerror=alert(1)>', box: { x: 10, y: 20, w: 200, h: 90 },
      tails: [{ x: 120, y: 300 }, { x: 40, y: 280 }], placed: 'author', fontSize: 30,
    };
    const page = { width: 800, background: '#101820', panels: [{ scene: '철수가 뛴다.', shape: 'tall', gutterBefore: 480, balloons: [balloon] }] };
    await saveDraft(db, '철수가 뛴다.', undefined, () => 8, undefined, page);
    expect(await loadDraft(db)).toEqual({ id: 'current', text: '철수가 뛴다.', updatedAt: 8, planEdits: { lines: {}, cast: {} }, page, composer: NO_COMPOSER });
    db.close();
  });

  it('lists newest first and deletes', async () => {
    const db = await freshDb();
    await saveDraft(db, 'a', 'one', () => 1);
    await saveDraft(db, 'b', 'two', () => 2);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['two', 'one']);
    await deleteDraft(db, 'two');
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['one']);
    db.close();
  });

  it('turns a quota failure into StorageFullError and keeps the previous draft', async () => {
    const db = await freshDb();
    await saveDraft(db, 'kept');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = saveDraft(db, 'too big');
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(/storage is full/i);
    vi.restoreAllMocks();
    expect((await loadDraft(db))?.text).toBe('kept');
    db.close();
  });
});

describe('gallery', () => {
  it('stores embeddings, depth and the image blob', async () => {
    const db = await freshDb();
    await putGalleryImage(db, galleryRecord('later', 20));
    await putGalleryImage(db, galleryRecord('first', 10));
    const got = await getGalleryImage(db, 'first');
    expect(got?.embedding).toBeInstanceOf(Float32Array);
    expect([...got!.embedding]).toEqual([0.25, -0.5, 1, 0]);
    expect([...got!.depth!.data]).toEqual([0, 0.5, 0.75, 1]);
    expect(got!.blob.size).toBe(4);
    expect((await listGallery(db)).map((r) => r.id)).toEqual(['first', 'later']);
    await deleteGalleryImage(db, 'first');
    expect((await listGallery(db)).map((r) => r.id)).toEqual(['later']);
    db.close();
  });

  it('rejects a record whose depth map does not match its size', async () => {
    const db = await freshDb();
    const bad = galleryRecord('bad', 1);
    bad.depth = { width: 3, height: 3, data: new Float32Array(4) };
    await expect(putGalleryImage(db, bad)).rejects.toThrow(/4 values, expected 3×3/);
    expect(await listGallery(db)).toEqual([]);
    db.close();
  });

  it('rejects a record without an embedding', async () => {
    const db = await freshDb();
    const bad = galleryRecord('empty', 1);
    bad.embedding = new Float32Array(0);
    await expect(putGalleryImage(db, bad)).rejects.toThrow(/no embedding/);
    db.close();
  });
});

describe('settings', () => {
  it('returns the fallback until set, then the stored value', async () => {
    const db = await freshDb();
    expect(await getSetting(db, 'backend', 'auto')).toBe('auto');
    await setSetting(db, 'backend', 'wasm');
    await setSetting(db, 'recent', { suites: ['toon-mini'], count: 1 });
    expect(await getSetting(db, 'backend', 'auto')).toBe('wasm');
    expect(await getSetting(db, 'recent', {})).toEqual({ suites: ['toon-mini'], count: 1 });
    db.close();
  });
});
