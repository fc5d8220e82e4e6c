// Schema steps, one per version; opening at version N runs every step above the stored version in order.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { emptyStoredComposer, emptyStoredPage, emptyStoredPlanEdits, isStoredComposer, isStoredPage, type StudioDbSchema } from './schema';

type UpgradeTx = IDBPTransaction<StudioDbSchema, StoreNames<StudioDbSchema>[], 'versionchange'>;
type Step = (db: IDBPDatabase<StudioDbSchema>, tx: UpgradeTx) => Promise<void> | void;

/** Version 1 (first release): drafts only, records `{id, text}` without a timestamp. */
export function createV1(db: IDBPDatabase<StudioDbSchema>): void {
  db.createObjectStore('drafts', { keyPath: 'id' });
}

/** Version 2: draft timestamps (backfilled), the gallery and settings stores. */
async function upgradeToV2(db: IDBPDatabase<StudioDbSchema>, tx: UpgradeTx): Promise<void> {
  const drafts = tx.objectStore('drafts');
  drafts.createIndex('by-updated', 'updatedAt');
  const gallery = db.createObjectStore('gallery', { keyPath: 'id' });
  gallery.createIndex('by-created', 'meta.createdAt');
  db.createObjectStore('settings');
  // v1 drafts had no updatedAt; give them one so the index covers them.
  let cursor = await drafts.openCursor();
  while (cursor) {
    if (typeof cursor.value.updatedAt !== 'number') {
      await cursor.update({ ...cursor.value, updatedAt: 0 });
    }
    cursor = await cursor.continue();
  }
}

/** Version 3: each draft keeps the author's scene-plan fixes (`planEdits`, empty for older drafts). */
async function upgradeToV3(_db: IDBPDatabase<StudioDbSchema>, tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    const edits = cursor.value.planEdits as unknown;
    if (typeof edits !== 'object' || edits === null) {
      await cursor.update({ ...cursor.value, planEdits: emptyStoredPlanEdits() });
    }
    cursor = await cursor.continue();
  }
}

/** Version 4: each draft keeps the author's page (shapes, gutters, background, balloons; empty for older drafts). */
async function upgradeToV4(_db: IDBPDatabase<StudioDbSchema>, tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    if (!isStoredPage(cursor.value.page)) await cursor.update({ ...cursor.value, page: emptyStoredPage() });
    cursor = await cursor.continue();
  }
}

/** Version 5: each draft keeps its cast looks and edited panel layouts (none for older drafts); the character library. */
async function upgradeToV5(db: IDBPDatabase<StudioDbSchema>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('characters', { keyPath: 'id' }).createIndex('by-name', 'name');
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    if (!isStoredComposer(cursor.value.composer)) await cursor.update({ ...cursor.value, composer: emptyStoredComposer() });
    cursor = await cursor.continue();
  }
}

/** steps[v] upgrades a database from version v-1 to v. */
export const steps: Record<number, Step> = {
  1: createV1,
  2: upgradeToV2,
  3: upgradeToV3,
  4: upgradeToV4,
  5: upgradeToV5,
};

export async function runMigrations(
  db: IDBPDatabase<StudioDbSchema>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No schema step to upgrade the Toonsmith database to version ${v}.`);
    await step(db, tx);
  }
}
