// Public face of the storage layer.
export { openStudioDb, type StudioDb } from './open-db';
export { DB_NAME, DB_VERSION } from './schema';
export { emptyStoredPage, emptyStoredPlanEdits, isStoredPage } from './schema';
export type { DraftRecord, GalleryRecord, GalleryMeta, StoredDepth, SettingValue, StoredPlanEdits, StoredPage } from './schema';
export { CURRENT_DRAFT, loadDraft, saveDraft, listDrafts, deleteDraft } from './drafts';
export { putGalleryImage, getGalleryImage, listGallery, deleteGalleryImage } from './gallery';
export { getSetting, setSetting } from './settings';
export { DraftAutosaver } from './autosave';
export { StorageFullError, StorageUnavailableError, isQuotaError } from './storage-errors';
