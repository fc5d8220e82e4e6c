// The shipped retrieval gallery (public/gallery/<suite>/gallery.json + sheets + embeddings.bin):
// types, a checking parser, tile geometry and the embedding decoder. Written by tools/gallery/build.ts.
import { decodeFloat16 } from './float16';

export type EmbeddingDtype = 'float16' | 'float32';

export interface GallerySceneObject {
  kind: string;
  count: number;
  action: string | null;
}

export interface GalleryScene {
  id: string;
  /** Index into `sheets`. */
  sheet: number;
  /** Tile within the sheet: column tile % columns, row ⌊tile / columns⌋. */
  tile: number;
  setting: string;
  time: string;
  style: string;
  objects: GallerySceneObject[];
  captions: { en: string[]; ko: string[] };
}

export interface GallerySheet {
  /** RGB tiles (WebP), relative to gallery.json. */
  image: string;
  /** Greyscale depth tiles (255 = near), relative to gallery.json. */
  depth: string;
  count: number;
}

export interface GalleryEmbeddings {
  file: string;
  dtype: EmbeddingDtype;
  count: number;
  dim: number;
  bytes: number;
  sha256: string;
  /** The model that made the vectors: a different sha256 in the manifest means they are stale. */
  model: { suite: string; id: string; file: string; sha256: string };
  /** How tiles became model inputs, so the browser embeds user images the same way. */
  input: { size: number; resize: 'bilinear'; range: 'minus-one-one' };
}

/** A setting's display name in each language: the dataset's default nouns, so labels and prompts need no app vocabulary. */
export interface GallerySettingName {
  id: string;
  en: string;
  ko: string;
}

export interface GalleryFile {
  version: 1;
  suite: string;
  licence: string;
  tile: number;
  columns: number;
  perSheet: number;
  sheets: GallerySheet[];
  embeddings: GalleryEmbeddings;
  /** Optional: a gallery without names shows each setting's id in words ("living_room" → "living room"). */
  settings?: GallerySettingName[];
  scenes: GalleryScene[];
}

function fail(message: string): never {
  throw new Error(`gallery.json: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the structure that retrieval relies on; the message names the first problem. */
export function parseGalleryFile(json: unknown): GalleryFile {
  if (!isObject(json)) fail('expected a JSON object');
  if (json.version !== 1) fail(`unsupported version ${String(json.version)} (expected 1)`);
  for (const key of ['tile', 'columns', 'perSheet'] as const) {
    if (!Number.isInteger(json[key]) || (json[key] as number) < 1) fail(`${key} must be a positive integer`);
  }
  if (!Array.isArray(json.sheets) || !Array.isArray(json.scenes)) fail('sheets and scenes must be arrays');
  const e = json.embeddings;
  if (!isObject(e)) fail('embeddings section missing');
  if (e.dtype !== 'float16' && e.dtype !== 'float32') fail(`embeddings.dtype "${String(e.dtype)}" is not float16 or float32`);
  if (!Number.isInteger(e.dim) || (e.dim as number) < 1) fail('embeddings.dim must be a positive integer');
  if (e.count !== json.scenes.length) fail(`embeddings.count ${String(e.count)} ≠ ${json.scenes.length} scenes`);
  if (!isObject(e.model) || typeof e.model.sha256 !== 'string') fail('embeddings.model.sha256 missing');
  if (json.settings !== undefined) {
    if (!Array.isArray(json.settings)) fail('settings must be an array');
    (json.settings as unknown[]).forEach((n, i) => {
      if (!isObject(n) || !['id', 'en', 'ko'].every((k) => typeof n[k] === 'string' && (n[k] as string).trim() !== '')) {
        fail(`settings[${i}] needs non-empty id, en and ko strings`);
      }
    });
  }
  const sheets = json.sheets as GallerySheet[];
  const perSheet = json.perSheet as number;
  (json.scenes as GalleryScene[]).forEach((scene, i) => {
    if (!isObject(scene) || typeof scene.id !== 'string') fail(`scene ${i} has no id`);
    if (!sheets[scene.sheet] || !(scene.tile >= 0 && scene.tile < Math.min(perSheet, sheets[scene.sheet].count))) {
      fail(`scene ${scene.id} points at a missing tile (sheet ${scene.sheet}, tile ${scene.tile})`);
    }
  });
  return json as unknown as GalleryFile;
}

/** Top-left pixel of a scene's tile in its sheet. */
export function tileOrigin(gallery: Pick<GalleryFile, 'tile' | 'columns'>, tile: number): { x: number; y: number } {
  return { x: (tile % gallery.columns) * gallery.tile, y: Math.floor(tile / gallery.columns) * gallery.tile };
}

/** embeddings.bin (little-endian, row-major count × dim) → Float32Array. */
export function decodeEmbeddings(buffer: ArrayBuffer, meta: Pick<GalleryEmbeddings, 'dtype' | 'count' | 'dim'>): Float32Array {
  const values = meta.count * meta.dim;
  const width = meta.dtype === 'float16' ? 2 : 4;
  if (buffer.byteLength !== values * width) {
    throw new Error(`embeddings.bin: ${buffer.byteLength} bytes, expected ${values * width} (${meta.count}×${meta.dim} ${meta.dtype})`);
  }
  // Every platform we run on is little-endian, which is how the builder writes the file.
  return meta.dtype === 'float16' ? decodeFloat16(new Uint16Array(buffer)) : new Float32Array(buffer.slice(0));
}
