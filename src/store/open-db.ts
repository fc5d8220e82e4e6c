// Opens (and upgrades) the Toonsmith database; every store module goes through here.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type StudioDbSchema } from './schema';
import { runMigrations } from './migrations';
import { t } from '../core/i18n';

export type StudioDb = IDBPDatabase<StudioDbSchema>;

export interface OpenOptions {
  name?: string;
  version?: number;
}

export async function openStudioDb(options: OpenOptions = {}): Promise<StudioDb> {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  if (typeof indexedDB === 'undefined') {
    throw new Error(t('storage.noIndexedDb'));
  }
  let upgradeFailure: unknown;
  const db = await openDB<StudioDbSchema>(name, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      // idb's upgrade callback is sync; a failing async step aborts the version change.
      runMigrations(database, tx, oldVersion, newVersion ?? version).catch((error) => {
        upgradeFailure = error;
        // The open request reports the failure; the aborted transaction's own promise is not awaited.
        tx.done.catch(() => undefined);
        tx.abort();
      });
    },
    blocked() {
      // Another tab holds an older version open; it closes itself on 'versionchange' below.
    },
  }).catch((error) => {
    if (upgradeFailure) throw upgradeFailure;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(t('storage.openFailed', { detail }));
  });
  // Let a newer tab upgrade instead of blocking it forever.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
