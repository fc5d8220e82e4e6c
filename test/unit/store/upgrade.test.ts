import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openStudioDb, DB_VERSION, loadDraft, listDrafts, setSetting, getSetting } from '../../../src/store';

const EMPTY_PAGE = { width: 800, background: '#ffffff', panels: [] };
const NO_COMPOSER = { looks: {}, layouts: {} };
let counter = 0;
const freshName = () => `toonsmith-upgrade-${++counter}`;

/** Builds the database exactly as version 1 of the app did, independent of the migration code. */
async function writeV1Database(name: string): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' });
    },
  });
  await v1.put('drafts', { id: 'current', text: '철수가 문을 연다.\nThe rain stops.' });
  await v1.put('drafts', { id: 'episode-2', text: '<b>bold?</b> 🌧️' });
  v1.close();
}

describe('database upgrade from version 1', () => {
  it('keeps version 1 drafts and adds the new stores', async () => {
    const name = freshName();
    await writeV1Database(name);

    const db = await openStudioDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['characters', 'drafts', 'gallery', 'settings']);

    const current = await loadDraft(db);
    expect(current?.text).toBe('철수가 문을 연다.\nThe rain stops.');
    // Backfilled so the by-updated index covers old drafts.
    expect(current?.updatedAt).toBe(0);
    // Version 3: no plan fixes yet.
    expect(current?.planEdits).toEqual({ lines: {}, cast: {} });
    // Version 4: no page edits yet.
    expect(current?.page).toEqual(EMPTY_PAGE);
    const all = await listDrafts(db);
    expect(all.map((d) => d.id).sort()).toEqual(['current', 'episode-2']);
    expect(all.find((d) => d.id === 'episode-2')?.text).toBe('<b>bold?</b> 🌧️');

    await setSetting(db, 'activeSuite', 'toon-mini');
    expect(await getSetting(db, 'activeSuite', '')).toBe('toon-mini');
    db.close();
  });

  it('opens at version 2 with drafts that have no plan fixes', async () => {
    const name = freshName();
    await writeV1Database(name);
    const db = await openStudioDb({ name, version: 2 });
    expect((await db.get('drafts', 'current'))?.planEdits).toBeUndefined();
    db.close();
  });

  it('creates every store on a fresh database', async () => {
    const db = await openStudioDb({ name: freshName() });
    expect([...db.objectStoreNames].sort()).toEqual(['characters', 'drafts', 'gallery', 'settings']);
    expect(db.transaction('drafts').store.indexNames.contains('by-updated')).toBe(true);
    expect(db.transaction('gallery').store.indexNames.contains('by-created')).toBe(true);
    db.close();
  });

  it('opens at version 1 with the version 1 schema only', async () => {
    const db = await openStudioDb({ name: freshName(), version: 1 });
    expect([...db.objectStoreNames]).toEqual(['drafts']);
    db.close();
  });

  it('refuses a version it has no step for, leaving the old data readable', async () => {
    const name = freshName();
    await writeV1Database(name);
    await expect(openStudioDb({ name, version: DB_VERSION + 1 })).rejects.toThrow(`version ${DB_VERSION + 1}`);
    const v1 = await openDB(name);
    expect(v1.version).toBe(1);
    expect((await v1.get('drafts', 'current'))?.text).toContain('철수가');
    v1.close();
  });
});

/** Builds the database as version 2 of the app left it (drafts with timestamps, no plan fixes), without the migration code. */
async function writeV2Database(name: string): Promise<void> {
  const v2 = await openDB(name, 2, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      db.createObjectStore('gallery', { keyPath: 'id' }).createIndex('by-created', 'meta.createdAt');
      db.createObjectStore('settings');
    },
  });
  await v2.put('drafts', { id: 'current', text: 'Minji runs.\n민지가 웃는다.', updatedAt: 1700 });
  await v2.put('drafts', { id: 'old', text: 'x', updatedAt: 5 });
  await v2.put('settings', 'toon-mini', 'activeSuite');
  v2.close();
}

describe('database upgrade from version 2', () => {
  it('keeps version 2 drafts, their times and settings, and gives each draft empty plan fixes', async () => {
    const name = freshName();
    await writeV2Database(name);
    const db = await openStudioDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await loadDraft(db)).toEqual({ id: 'current', text: 'Minji runs.\n민지가 웃는다.', updatedAt: 1700, planEdits: { lines: {}, cast: {} }, page: EMPTY_PAGE, composer: NO_COMPOSER });
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['current', 'old']);
    expect(await getSetting(db, 'activeSuite', '')).toBe('toon-mini');
    db.close();
  });

  it('reads a draft a version 2 tab wrote after the upgrade as one with no fixes', async () => {
    const name = freshName();
    const db = await openStudioDb({ name });
    await db.put('drafts', { id: 'current', text: 'late', updatedAt: 9 } as never);
    expect((await loadDraft(db))?.planEdits).toEqual({ lines: {}, cast: {} });
    db.close();
  });
});

/** Builds the database as version 3 of the app left it (drafts with plan fixes, no page), without the migration code. */
async function writeV3Database(name: string): Promise<void> {
  const v3 = await openDB(name, 3, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      db.createObjectStore('gallery', { keyPath: 'id' }).createIndex('by-created', 'meta.createdAt');
      db.createObjectStore('settings');
    },
  });
  const planEdits = { lines: { 'Minji runs.': { time: 'night' } }, cast: {} };
  await v3.put('drafts', { id: 'current', text: 'Minji runs.\nMinji: "Wait!"', updatedAt: 3100, planEdits });
  await v3.put('drafts', { id: 'other', text: 'y', updatedAt: 7, planEdits: { lines: {}, cast: {} } });
  await v3.put('settings', 'wasm', 'backendPreference');
  v3.close();
}

describe('database upgrade from version 3', () => {
  it('keeps version 3 drafts, their plan fixes, times and settings, and gives each draft an empty page', async () => {
    const name = freshName();
    await writeV3Database(name);
    const db = await openStudioDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await loadDraft(db)).toEqual({
      id: 'current', text: 'Minji runs.\nMinji: "Wait!"', updatedAt: 3100,
      planEdits: { lines: { 'Minji runs.': { time: 'night' } }, cast: {} }, page: EMPTY_PAGE, composer: NO_COMPOSER,
    });
    // The migration wrote the page into the record itself, not only loadDraft's view of it.
    expect((await db.get('drafts', 'other'))?.page).toEqual(EMPTY_PAGE);
    expect(await getSetting(db, 'backendPreference', 'auto')).toBe('wasm');
    db.close();
  });

  it('opens at version 3 with drafts that have no page', async () => {
    const name = freshName();
    await writeV3Database(name);
    const db = await openStudioDb({ name, version: 3 });
    expect((await db.get('drafts', 'current'))?.page).toBeUndefined();
    db.close();
  });

  it('reads a draft a version 3 tab wrote after the upgrade (or a damaged page) as one with an empty page', async () => {
    const name = freshName();
    const db = await openStudioDb({ name });
    await db.put('drafts', { id: 'current', text: 'late', updatedAt: 9, planEdits: { lines: {}, cast: {} } } as never);
    expect((await loadDraft(db))?.page).toEqual(EMPTY_PAGE);
    await db.put('drafts', { id: 'current', text: 'late', updatedAt: 9, planEdits: { lines: {}, cast: {} }, page: { panels: 3 } } as never);
    expect((await loadDraft(db))?.page).toEqual(EMPTY_PAGE);
    db.close();
  });
});

/** Builds the database as version 4 of the app left it (drafts with plan fixes and a page, no composer), without the migration code. */
async function writeV4Database(name: string): Promise<{ page: unknown }> {
  const v4 = await openDB(name, 4, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      db.createObjectStore('gallery', { keyPath: 'id' }).createIndex('by-created', 'meta.createdAt');
      db.createObjectStore('settings');
    },
  });
  const page = { width: 690, background: '#000000', panels: [{ scene: 'Minji runs.', shape: 'tall', gutterBefore: 40, balloons: [] }] };
  await v4.put('drafts', { id: 'current', text: 'Minji runs.', updatedAt: 4100, planEdits: { lines: {}, cast: { c1: { name: 'Minji' } } }, page });
  await v4.put('drafts', { id: 'other', text: 'z', updatedAt: 8, planEdits: { lines: {}, cast: {} }, page: EMPTY_PAGE });
  v4.close();
  return { page };
}

describe('database upgrade from version 4', () => {
  it('keeps version 4 drafts with their fixes and page, gives each draft no looks and no layouts, and adds the character library', async () => {
    const name = freshName();
    const { page } = await writeV4Database(name);
    const db = await openStudioDb({ name });
    expect(db.version).toBe(5);
    expect(await loadDraft(db)).toEqual({
      id: 'current', text: 'Minji runs.', updatedAt: 4100, planEdits: { lines: {}, cast: { c1: { name: 'Minji' } } }, page, composer: NO_COMPOSER,
    });
    // Written into the record itself by the migration.
    expect((await db.get('drafts', 'other'))?.composer).toEqual(NO_COMPOSER);
    expect(db.transaction('characters').store.indexNames.contains('by-name')).toBe(true);
    db.close();
  });

  it('opens at version 4 with drafts that have no composer and no library', async () => {
    const name = freshName();
    await writeV4Database(name);
    const db = await openStudioDb({ name, version: 4 });
    expect((await db.get('drafts', 'current'))?.composer).toBeUndefined();
    expect(db.objectStoreNames.contains('characters')).toBe(false);
    db.close();
  });

  it('reads a draft a version 4 tab wrote after the upgrade (or a damaged composer) as one with no looks or layouts', async () => {
    const db = await openStudioDb({ name: freshName() });
    const record = { id: 'current', text: 'late', updatedAt: 9, planEdits: { lines: {}, cast: {} }, page: EMPTY_PAGE };
    await db.put('drafts', record as never);
    expect((await loadDraft(db))?.composer).toEqual(NO_COMPOSER);
    await db.put('drafts', { ...record, composer: { looks: [], layouts: 'x' } } as never);
    expect((await loadDraft(db))?.composer).toEqual(NO_COMPOSER);
    db.close();
  });
});
