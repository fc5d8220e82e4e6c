// The author's own reference images: checked, analysed once in the image worker (embedding + depth),
// kept in IndexedDB, and loaded straight into the retrieval index on every later visit.
import { t } from '../../../core/i18n';
import type { AnalysedReference } from '../shared/reference-contract';
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import { SNIFF_BYTES, sniffImageType, unsupportedImageMessage } from '../../../core/image-sniff';
import type { GalleryRecord } from '../../../store/schema';
import type { StudioDb } from '../../../store/open-db';
import { deleteGalleryImage, listGallery, putGalleryImage } from '../../../store/gallery';

/** The image worker's analysis: decode + embed + depth of one file, off the main thread. */
export interface ReferenceAnalyser {
  analyseReference(blob: Blob, opts?: { signal?: AbortSignal }): Promise<AnalysedReference>;
}

/** Where user vectors go: a GalleryIndex (or a bridge to one held in a worker). */
export interface ReferenceIndexSink {
  addUser(id: string, vector: ArrayLike<number>, meta: UserReferenceMeta): void | Promise<void>;
  removeUser(id: string): boolean | Promise<boolean>;
}

export interface UserReferenceMeta {
  kind: 'user';
  name: string;
  width: number;
  height: number;
  createdAt: number;
}

export interface UserReference {
  id: string;
  meta: UserReferenceMeta;
  embedding: Float32Array;
  /** 0 = far … 255 = near. */
  depth: DepthMap | null;
  thumb: RgbaImage | null;
  /** Set when the image works in this tab but could not be saved (e.g. storage full). */
  warning?: string;
}

export interface LoadReport {
  /** Records put into the index as stored, without running a model. */
  loaded: number;
  /** Records embedded again because another vision model made their vectors. */
  reembedded: number;
  /** Records that could not be used (kept in storage; the message says why). */
  failed: { id: string; name: string; message: string }[];
}

export class UserReferences {
  private readonly refs = new Map<string, UserReference>();

  /** `embeddingModel` identifies the vision encoder (its sha256 from the manifest) so stale vectors are found. */
  constructor(
    private readonly db: StudioDb,
    private readonly index: ReferenceIndexSink,
    private readonly analyser: ReferenceAnalyser,
    private readonly embeddingModel: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Puts every stored image into the index; only records from another vision model are re-embedded. */
  async load(opts: { signal?: AbortSignal } = {}): Promise<LoadReport> {
    const report: LoadReport = { loaded: 0, reembedded: 0, failed: [] };
    for (const record of await listGallery(this.db)) {
      opts.signal?.throwIfAborted();
      try {
        if (record.meta.embeddingModel === this.embeddingModel) {
          await this.adopt(record);
          report.loaded++;
        } else {
          const analysed = await this.analyser.analyseReference(record.blob, opts);
          const fresh = recordFrom(record.id, record.blob, record.meta.mimeType, record.meta.name, analysed, this.embeddingModel, record.meta.createdAt);
          await putGalleryImage(this.db, fresh);
          await this.adopt(fresh);
          report.reembedded++;
        }
      } catch (err) {
        if ((err as Error).name === 'AbortError') throw err;
        report.failed.push({ id: record.id, name: record.meta.name, message: (err as Error).message });
      }
    }
    return report;
  }

  /** Checks, analyses, stores and indexes one image; the same bytes added twice give the same entry. */
  async add(file: Blob, name: string, opts: { signal?: AbortSignal } = {}): Promise<UserReference> {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const type = sniffImageType(head);
    if (!type) throw new Error(unsupportedImageMessage(name, file.type, file.size));
    const id = await contentId(file);
    const known = this.refs.get(id);
    if (known) return known;
    let analysed: AnalysedReference;
    try {
      analysed = await this.analyser.analyseReference(file, opts);
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new Error(t('refs.unusable', { name, error: (err as Error).message }), { cause: err });
    }
    // A typed copy so the stored blob says what it really is, whatever the browser guessed.
    const blob = file.type === type ? file : new Blob([file], { type });
    const record = recordFrom(id, blob, type, name, analysed, this.embeddingModel, this.now());
    let warning: string | undefined;
    try {
      await putGalleryImage(this.db, record);
    } catch (err) {
      // The image still works in this tab; the caller shows the storage message.
      warning = (err as Error).message;
    }
    const ref = await this.adopt(record);
    if (warning) ref.warning = warning;
    return ref;
  }

  async remove(id: string): Promise<boolean> {
    if (!this.refs.has(id)) return false;
    await deleteGalleryImage(this.db, id);
    await this.index.removeUser(id);
    this.refs.delete(id);
    return true;
  }

  get(id: string): UserReference | undefined {
    return this.refs.get(id);
  }

  /** Oldest first. */
  list(): UserReference[] {
    return [...this.refs.values()].sort((a, b) => a.meta.createdAt - b.meta.createdAt);
  }

  private async adopt(record: GalleryRecord): Promise<UserReference> {
    const meta: UserReferenceMeta = {
      kind: 'user', name: record.meta.name, width: record.meta.width, height: record.meta.height, createdAt: record.meta.createdAt,
    };
    const ref: UserReference = {
      id: record.id,
      meta,
      embedding: record.embedding,
      depth: record.depth ? { width: record.depth.width, height: record.depth.height, data: depthToBytes(record.depth.data) } : null,
      thumb: record.thumb ? { width: record.thumb.width, height: record.thumb.height, data: record.thumb.data } : null,
    };
    await this.index.addUser(record.id, record.embedding, meta);
    this.refs.set(record.id, ref);
    return ref;
  }
}

function recordFrom(id: string, blob: Blob, mimeType: string, name: string, a: AnalysedReference,
  embeddingModel: string, createdAt: number): GalleryRecord {
  if (a.embedding.length === 0 || a.embedding.some((v) => !Number.isFinite(v))) {
    throw new Error(`the vision model returned an unusable embedding for "${name}"`);
  }
  const depth = new Float32Array(a.depth.data.length);
  for (let i = 0; i < depth.length; i++) depth[i] = a.depth.data[i] / 255;
  return {
    id,
    embedding: Float32Array.from(a.embedding),
    depth: { width: a.depth.width, height: a.depth.height, data: depth },
    blob,
    meta: { name, mimeType, width: a.width, height: a.height, createdAt, embeddingModel },
    thumb: { width: a.tile.width, height: a.tile.height, data: a.tile.data },
  };
}

/** The store keeps depth as floats in [0, 1] (1 = near); the pipeline works in bytes like the gallery sheets. */
function depthToBytes(depth: Float32Array): Uint8ClampedArray {
  const out = new Uint8ClampedArray(depth.length);
  for (let i = 0; i < depth.length; i++) out[i] = Math.round(depth[i] * 255);
  return out;
}

/** "user-" + 16 hex digits of the file's SHA-256, so re-adding the same file finds the stored entry. */
async function contentId(file: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return `user-${[...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
