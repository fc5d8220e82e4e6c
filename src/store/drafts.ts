// Treatment drafts: the editor's working copy is saved under CURRENT_DRAFT.
import type { StudioDb } from './open-db';
import {
  emptyStoredComposer, emptyStoredPage, emptyStoredPlanEdits, isStoredComposer, isStoredPage,
  type DraftRecord, type StoredComposer, type StoredPage, type StoredPlanEdits,
} from './schema';
import { guardWrite } from './storage-errors';
import { t } from '../core/i18n';

export const CURRENT_DRAFT = 'current';

export async function loadDraft(db: StudioDb, id: string = CURRENT_DRAFT): Promise<DraftRecord | undefined> {
  const draft = await db.get('drafts', id);
  if (!draft) return undefined;
  // A record written by a tab still running older code after the upgrade has no edits, no page, or no composer.
  const planEdits = typeof draft.planEdits !== 'object' || draft.planEdits === null ? emptyStoredPlanEdits() : draft.planEdits;
  const page = isStoredPage(draft.page) ? draft.page : emptyStoredPage();
  const composer = isStoredComposer(draft.composer) ? draft.composer : emptyStoredComposer();
  return planEdits === draft.planEdits && page === draft.page && composer === draft.composer ? draft : { ...draft, planEdits, page, composer };
}

export async function saveDraft(
  db: StudioDb,
  text: string,
  id: string = CURRENT_DRAFT,
  now: () => number = Date.now,
  planEdits: StoredPlanEdits = emptyStoredPlanEdits(),
  page: StoredPage = emptyStoredPage(),
  composer: StoredComposer = emptyStoredComposer(),
): Promise<DraftRecord> {
  const record: DraftRecord = { id, text, updatedAt: now(), planEdits, page, composer };
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
