// IndexedDB cannot finish a write while the page unloads (a reload within the autosave delay lost the newest text);
// localStorage writes synchronously, so the unsaved text is kept there on pagehide and taken back on the next start.
import { isStoredComposer, isStoredPage, type DraftRecord, type StoredComposer, type StoredPage, type StoredPlanEdits } from './schema';

const KEY = 'toonsmith.unsavedDraft';

export interface DraftBackup {
  text: string;
  at: number;
  /** The scene-plan fixes saved with the text (absent in backups written before plans). */
  planEdits?: StoredPlanEdits;
  /** The page edits saved with the text (absent in backups written before lettering). */
  page?: StoredPage;
  /** The cast looks and edited layouts saved with the text (absent in backups written before the composer). */
  composer?: StoredComposer;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const local = (): Store | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function backUpDraft(
  text: string,
  storage: Store | undefined = local(),
  now = Date.now(),
  planEdits?: StoredPlanEdits,
  page?: StoredPage,
  composer?: StoredComposer,
): void {
  try {
    const extras = { ...(planEdits ? { planEdits } : {}), ...(page ? { page } : {}), ...(composer ? { composer } : {}) };
    storage?.setItem(KEY, JSON.stringify({ text, at: now, ...extras } satisfies DraftBackup));
  } catch {
    // Full or blocked: IndexedDB's copy is all there is.
  }
}

export function readDraftBackup(storage: Store | undefined = local()): DraftBackup | undefined {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<DraftBackup> | null;
    if (typeof value?.text !== 'string' || typeof value.at !== 'number') return undefined;
    const edits = value.planEdits;
    const hasEdits = typeof edits === 'object' && edits !== null && typeof edits.lines === 'object' && typeof edits.cast === 'object';
    const page = isStoredPage(value.page) ? { page: value.page } : {};
    const composer = isStoredComposer(value.composer) ? { composer: value.composer } : {};
    return { text: value.text, at: value.at, ...(hasEdits ? { planEdits: edits } : {}), ...page, ...composer };
  } catch {
    return undefined;
  }
}

export function clearDraftBackup(storage: Store | undefined = local()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}

/** The backup's text when it is newer than the stored draft (the write that should have followed it never landed). */
export function newerBackup(stored: Omit<DraftRecord, 'planEdits' | 'page' | 'composer'> | undefined, backup: DraftBackup | undefined): string | undefined {
  if (!backup) return undefined;
  return !stored || backup.at > stored.updatedAt ? backup.text : undefined;
}
