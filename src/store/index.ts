// Public face of the storage layer.
export { openStudioDb, type StudioDb } from './open-db';
export { DB_NAME, DB_VERSION } from './schema';
export { emptyStoredComposer, emptyStoredPage, emptyStoredPlanEdits, isStoredComposer, isStoredPage } from './schema';
export type { DraftRecord, GalleryRecord, GalleryMeta, StoredDepth, SettingValue, StoredPlanEdits, StoredPage, StoredComposer, CharacterRecord } from './schema';
export { CURRENT_DRAFT, loadDraft, saveDraft, listDrafts, deleteDraft } from './drafts';
export { putGalleryImage, getGalleryImage, listGallery, deleteGalleryImage } from './gallery';
export { getSetting, setSetting } from './settings';
export { DraftAutosaver } from './autosave';
export { StorageFullError, StorageUnavailableError, isQuotaError } from './storage-errors';
export {
  characterKey, checkCharacterName, deleteCharacter, findCharacter, listCharacters, renameCharacter, saveCharacter, setCharacterLook,
} from './characters';
