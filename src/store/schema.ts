// The one IndexedDB database of Toonsmith: its name, version and the shape of every store.
import type { DBSchema } from 'idb';
import type { RgbaImage } from '../core/rgba-image';

export const DB_NAME = 'toonsmith';
/** Bump together with a new step in migrations.ts. */
export const DB_VERSION = 5;

/**
 * The author's fixes to the treatment's scene plans (features/plans/shared PlanEdits: `lines` keyed by line text,
 * `cast` by cast id). The store imports only core, so it keeps them as plain data; the app checks them with
 * validatePlanEdits when it reads them.
 */
export interface StoredPlanEdits {
  lines: Record<string, unknown>;
  cast: Record<string, unknown>;
}

export function emptyStoredPlanEdits(): StoredPlanEdits {
  return { lines: {}, cast: {} };
}

/**
 * The author's page (lettering/shared EpisodePage: design width, background between panels, and per panel its scene
 * line, shape, gutter above and balloons with their boxes, tails, kind, `placed` and font size; a balloon's id is
 * the key of its script line). Kept as plain data, as with the plan fixes: the app checks it when
 * it reads it, and panels are matched to the treatment by their scene text, so a reordered treatment keeps them.
 */
export interface StoredPage {
  width: number;
  background: string;
  panels: unknown[];
}

/** What a draft without page edits holds: the default width and background, no panel edited yet. */
export function emptyStoredPage(): StoredPage {
  return { width: 800, background: '#ffffff', panels: [] };
}

/** The page's outer shape only; its panels and balloons are checked by the app when it reads them. */
export function isStoredPage(value: unknown): value is StoredPage {
  const page = value as { width?: unknown; background?: unknown; panels?: unknown } | null;
  return typeof page === 'object' && page !== null && typeof page.width === 'number' && typeof page.background === 'string' && Array.isArray(page.panels);
}

/**
 * The treatment's composed panels (features/composer/shared: cast id → CastLook, and per panel, keyed by its scene
 * line's text as the page is, the layout the author edited). Plain data like the page: the app checks it when it
 * reads it, so a damaged layout costs that layout, never the draft.
 */
export interface StoredComposer {
  looks: Record<string, unknown>;
  layouts: Record<string, unknown>;
}

export function emptyStoredComposer(): StoredComposer {
  return { looks: {}, layouts: {} };
}

export function isStoredComposer(value: unknown): value is StoredComposer {
  const c = value as { looks?: unknown; layouts?: unknown } | null;
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isRecord(c) && isRecord(c!.looks) && isRecord(c!.layouts);
}

/** A treatment draft; `id` is 'current' for the editor's working copy. */
export interface DraftRecord {
  id: string;
  text: string;
  /** Epoch milliseconds of the last save. */
  updatedAt: number;
  /** Since version 3 (older drafts get empty edits when the database upgrades). */
  planEdits: StoredPlanEdits;
  /** Since version 4 (older drafts get an empty page when the database upgrades). */
  page: StoredPage;
  /** Since version 5 (older drafts get no looks and no edited layouts when the database upgrades). */
  composer: StoredComposer;
}

/** A named character of the author's library: drawn the same way in every treatment that names it. */
export interface CharacterRecord {
  /** Generated once; the name can change. */
  id: string;
  name: string;
  /** Catalogue kind (person, woman, dog …). */
  kind: string;
  /** features/composer CastLook as plain data, checked by the app when it reads it. */
  look: unknown;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** A depth map stored beside a reference image, row-major, floats in [0, 1] (1 = near). */
export interface StoredDepth {
  width: number;
  height: number;
  data: Float32Array;
}

export interface GalleryMeta {
  name: string;
  mimeType: string;
  width: number;
  height: number;
  /** Epoch milliseconds when the user added the image. */
  createdAt: number;
  /** Which model produced the embedding, so stale vectors can be recomputed. */
  embeddingModel?: string;
}

/** A user reference image with its CLIP embedding, used for retrieval. */
export interface GalleryRecord {
  id: string;
  embedding: Float32Array;
  depth: StoredDepth | null;
  blob: Blob;
  meta: GalleryMeta;
  /** The square the models saw (RGBA), shown as the reference thumbnail without decoding `blob` again. */
  thumb?: RgbaImage;
}

export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

export interface StudioDbSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord; indexes: { 'by-updated': number } };
  gallery: { key: string; value: GalleryRecord; indexes: { 'by-created': number } };
  /** Out-of-line keys: the setting's name. */
  settings: { key: string; value: SettingValue };
  /** Since version 5: the character library. */
  characters: { key: string; value: CharacterRecord; indexes: { 'by-name': string } };
}

export type StoreName = 'drafts' | 'gallery' | 'settings' | 'characters';
