// Treatment sentences → panels: encode → retrieve → depth → denoise → decode, over the model workers.
import type { ModelHost } from '../../../runtime/client/model-host';
import { BrowserEngine, MODELS_OF } from './browser-engine';
import { runPanel } from '../shared/panel-flow';
import { abortError } from '../../../runtime/client/job-queue';
import { openStudioDb, type StudioDb } from '../../../store';
import { UserReferences, type AnalysedReference } from '../../references/client/user-references';
import { getGalleryImage } from '../../../store/gallery';

export type PanelMode = 'diffusion' | 'gan' | 'retrieval';
export type ArtStyle = 'ink' | 'pastel' | 'screentone' | 'manga';
export interface StripOptions {
  mode: PanelMode; style: ArtStyle; seed: number; steps?: number;
  guidance?: number; strength?: number; variants?: number /* default 2 */;
}
export interface PanelImage { width: number; height: number; rgba: Uint8ClampedArray; }
export interface ReferenceHit {
  id: string; score: number; setting: string; style: string;
  source: 'gallery' | 'user'; thumb: PanelImage;
}
export interface PanelResult {
  index: number; text: string; lang: 'ko' | 'en' | 'mixed';
  variants: PanelImage[]; reference: ReferenceHit | null; alternatives: ReferenceHit[]; seed: number;
}
export type PanelProgress = {
  index: number; stage: 'encode' | 'retrieve' | 'depth' | 'denoise' | 'decode' | 'done';
  step: number; total: number;
};
export interface RunHooks {
  signal?: AbortSignal; onProgress?: (p: PanelProgress) => void;
  onPanel?: (r: PanelResult) => void; onModelEvent?: (e: import('../../../core/progress').ProgressEvent) => void;
}

export class StripPipeline {
  private db?: Promise<StudioDb>;
  private users?: Promise<UserReferences>;
  private readonly warnings: string[] = [];

  private readonly engine: BrowserEngine;

  private constructor(private readonly host: ModelHost) {
    this.engine = new BrowserEngine(host, (m) => this.warnings.push(m));
  }

  static async create(host: ModelHost): Promise<StripPipeline> {
    return new StripPipeline(host);
  }

  async generateStrip(lines: string[], opts: StripOptions, hooks: RunHooks = {}): Promise<PanelResult[]> {
    const texts = lines.map((l) => l.trim()).filter((l) => l.length > 0);
    if (texts.length === 0) throw new Error('Write at least one sentence (one per line) to make a strip.');
    return this.withEvents(hooks, async () => {
      await this.restoreUserImages();
      const results: PanelResult[] = [];
      // Panels run one after another: the workers are busy anyway, and the first panel shows sooner.
      for (let i = 0; i < texts.length; i++) {
        if (hooks.signal?.aborted) throw abortError(hooks.signal.reason);
        const r = await runPanel(this.engine, { index: i, text: texts[i], opts, signal: hooks.signal, onProgress: hooks.onProgress });
        results.push(r);
        hooks.onPanel?.(r);
      }
      return results;
    });
  }

  regeneratePanel(index: number, text: string, opts: StripOptions, hooks: RunHooks = {}): Promise<PanelResult> {
    if (!text.trim()) return Promise.reject(new Error(`Panel ${index + 1} has no sentence to draw.`));
    return this.withEvents(hooks, async () => {
      await this.restoreUserImages();
      const r = await runPanel(this.engine, { index, text: text.trim(), opts, signal: hooks.signal, onProgress: hooks.onProgress });
      hooks.onPanel?.(r);
      return r;
    });
  }

  /** P2's UserReferences: analysed once in the image worker, stored in IndexedDB, indexed in the worker's gallery. */
  async addReferenceImage(file: Blob, name: string): Promise<ReferenceHit> {
    const users = await this.userReferences();
    const ref = await users.add(file, name);
    if (ref.warning) this.warnings.push(ref.warning);
    const thumb = ref.thumb ?? { width: 0, height: 0, rgba: new Uint8ClampedArray(0) };
    return { id: ref.id, score: 1, setting: '', style: '', source: 'user', thumb };
  }

  dispose(): void {
    void this.db?.then((db) => db.close()).catch(() => undefined);
  }

  private userReferences(): Promise<UserReferences> {
    this.users ??= (async () => {
      await this.engine.ensure(MODELS_OF.userImages);
      await this.engine.openGallery();
      const image = this.host.worker('image');
      const url = this.host.galleryUrl;
      const db = await this.openDb();
      let lastAnalysed: AnalysedReference | undefined;
      const users = new UserReferences(db, {
        // The worker needs the tile and depth too (the denoiser's reference): from the stored record,
        // or from the analysis just made when storage refused the record.
        addUser: async (id, vector, meta) => {
          const rec = await getGalleryImage(db, id).catch(() => undefined);
          const tile = rec?.thumb ?? lastAnalysed?.tile;
          const depth = rec?.depth
            ? { width: rec.depth.width, height: rec.depth.height, data: Uint8ClampedArray.from(rec.depth.data, (v) => v * 255) }
            : lastAnalysed?.depth;
          if (!tile || !depth) throw new Error(`reference image "${meta.name}" has no stored tile or depth map`);
          await image.call(undefined, (r) => r.addUser(url, id, Float32Array.from(vector), meta.name,
            { image: { width: tile.width, height: tile.height, data: tile.data }, depth }));
        },
        removeUser: (id) => image.call(undefined, (r) => r.removeUser(url, id)),
      }, {
        analyseReference: async (blob, o) => (lastAnalysed = await image.call(o?.signal, (r) => r.analyseReference(blob))),
      }, this.visionSha() ?? 'unknown');
      await users.load();
      return users;
    })();
    this.users.catch(() => (this.users = undefined));
    return this.users;
  }

  private openDb(): Promise<StudioDb> {
    this.db ??= openStudioDb();
    return this.db;
  }

  private visionSha(): string | undefined {
    return this.host.models().find((m) => m.model.id === 'vision_encoder')?.model.files.find((f) => f.path.endsWith('.onnx'))?.sha256;
  }

  /** Stored user images go back into the index with their stored vectors: nothing is re-embedded after a reload. */
  private async restoreUserImages(): Promise<void> {
    try {
      await this.userReferences();
    } catch (err) {
      // Retrieval over the shipped gallery still works without them.
      this.warnings.push(`Your reference images could not be loaded: ${(err as Error).message}`);
    }
  }

  private async withEvents<T>(hooks: RunHooks, body: () => Promise<T>): Promise<T> {
    const off = hooks.onModelEvent ? this.host.onEvent(hooks.onModelEvent) : undefined;
    const flush = () => {
      for (const message of this.warnings.splice(0)) hooks.onModelEvent?.({ status: 'warning', model: 'pipeline', message });
    };
    try {
      return await body();
    } finally {
      flush();
      off?.();
    }
  }
}
