// Treatment drafts: the editor's working copy is saved under CURRENT_DRAFT.
import type { StudioDb } from './open-db';
import { emptyStoredPlanEdits, type DraftRecord, type StoredPlanEdits } from './schema';
import { guardWrite } from './storage-errors';
import { t } from '../core/i18n';

export const CURRENT_DRAFT = 'current';

export async function loadDraft(db: StudioDb, id: string = CURRENT_DRAFT): Promise<DraftRecord | undefined> {
  const draft = await db.get('drafts', id);
  // A record written by a tab still running the version 2 code after the upgrade has no edits.
  return draft && (typeof draft.planEdits !== 'object' || draft.planEdits === null) ? { ...draft, planEdits: emptyStoredPlanEdits() } : draft;
}

export async function saveDraft(
  db: StudioDb,
  text: string,
  id: string = CURRENT_DRAFT,
  now: () => number = Date.now,
  planEdits: StoredPlanEdits = emptyStoredPlanEdits(),
): Promise<DraftRecord> {
  const record: DraftRecord = { id, text, updatedAt: now(), planEdits };
  await guardWrite(t('storage.whatDraft'), () => db.put('drafts', record));
  return record;
}

/** Newest first. */
export async function listDrafts(db: StudioDb): Promise<DraftRecord[]> {
  const oldestFirst = await db.getAllFromIndex('drafts', 'by-updated');
  return oldestFirst.reverse();
}

export async function deleteDraft(db: StudioDb, id: string): Promise<void> {
  await guardWrite(t('storage.whatDraftDeletion'), () => db.delete('drafts', id));
}
