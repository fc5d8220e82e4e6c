// Treatment sentences → panels: encode → retrieve → depth → denoise → decode, over the model workers
// (BrowserEngine: the panel maths' engine, through the one ModelClient).
import type { AppDefaults } from '../../../core/app-defaults';
import type { ProgressEvent } from '../../../core/progress';
import { NO_IMAGE, type RgbaImage } from '../../../core/rgba-image';
import { abortError } from '../../../runtime/client/job-queue';
import type { ModelHost } from '../../../runtime/client/model-host';
import { ModelClient, MODELS_OF } from '../../../runtime/client/model-client';
import type { StudioDb } from '../../../store';
import { getGalleryImage } from '../../../store/gallery';
import { UserReferences } from '../../references/client/user-references';
import type { AnalysedReference } from '../../references/shared/reference-contract';
import { panelLines, runPanel, type PanelJob } from '../shared/panel-flow';
import type { PanelEngine, PanelProgress, PanelResult, ReferenceHit, SceneHit, StripOptions, UpscaleGuides } from '../shared/strip-contract';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import { t } from '../../../core/i18n';
import { ComposerClient } from '../../composer/client/composer-client';

export interface RunHooks {
  signal?: AbortSignal;
  onProgress?: (p: PanelProgress) => void;
  onPanel?: (r: PanelResult) => void;
  /** Model downloads of this run (progress, ready). */
  onModelEvent?: (e: ProgressEvent) => void;
  /** Problems that did not stop the run (an outdated gallery, references that could not be loaded). */
  onWarning?: (message: string) => void;
}

export class StripPipeline {
  private users?: Promise<UserReferences>;
  private readonly warnings: string[] = [];
  /** Reported at the end of the run, with its other warnings. */
  private readonly warn = (message: string) => void this.warnings.push(message);
  private readonly client: ModelClient;
  private readonly engine: BrowserEngine;

  private constructor(
    private readonly host: ModelHost,
    /** The studio's one database (drafts, settings, the author's references). */
    private readonly db: Promise<StudioDb>,
    private readonly defaults: AppDefaults,
  ) {
    this.client = new ModelClient(host);
    this.engine = new BrowserEngine(this.client, (m) => this.warnings.push(m));
  }

  /** Fails with the suite's own words when its app-defaults.json is missing or wrong. */
  static async create(host: ModelHost, db: Promise<StudioDb>): Promise<StripPipeline> {
    return new StripPipeline(host, db, await host.appDefaults());
  }

  async generateStrip(lines: string[], opts: StripOptions, hooks: RunHooks = {}): Promise<PanelResult[]> {
    const texts = panelLines(lines, opts.plans);
    if (texts.length === 0) throw new Error(t('run.noSentences'));
    return this.withEvents(hooks, async () => {
      await this.restoreUserImages();
      const results: PanelResult[] = [];
      // Panels run one after another: the workers are busy anyway, and the first panel shows sooner.
      for (let i = 0; i < texts.length; i++) {
        if (hooks.signal?.aborted) throw abortError(hooks.signal.reason);
        const { text, plan, line } = texts[i];
        const r = await runPanel(this.engine, { index: i, text, plan, ...lineLayout(opts, line), opts, defaults: this.defaults, signal: hooks.signal, onProgress: hooks.onProgress, onWarning: this.warn });
        results.push(r);
        hooks.onPanel?.(r);
      }
      return results;
    });
  }

  regeneratePanel(index: number, text: string, opts: StripOptions, hooks: RunHooks = {}): Promise<PanelResult> {
    if (!text.trim()) return Promise.reject(new Error(t('run.panelNoSentence', { panel: index + 1 })));
    return this.withEvents(hooks, async () => {
      await this.restoreUserImages();
      const plan = opts.plans?.[index] ?? undefined;
      const r = await runPanel(this.engine, { index, text: text.trim(), plan, ...lineLayout(opts, index), opts, defaults: this.defaults, signal: hooks.signal, onProgress: hooks.onProgress, onWarning: this.warn });
      hooks.onPanel?.(r);
      return r;
    });
  }

  /** The composer in the image worker (layout edits, cast previews); null where the suite has no sprite pack. */
  get composer(): ComposerClient | null {
    return this.engine.composer;
  }

  /** The author's image: analysed once in the image worker, stored in IndexedDB, indexed in the worker's gallery. */
  async addReferenceImage(file: Blob, name: string): Promise<ReferenceHit> {
    const users = await this.userReferences();
    const ref = await users.add(file, name);
    if (ref.warning) this.warnings.push(ref.warning);
    return { id: ref.id, score: 1, setting: '', style: '', source: 'user', thumb: ref.thumb ?? NO_IMAGE };
  }

  private userReferences(): Promise<UserReferences> {
    this.users ??= (async () => {
      const client = this.client;
      await client.ensure(MODELS_OF.userImages);
      await this.engine.openGallery();
      const db = await this.db;
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
          await client.addUserReference(id, Float32Array.from(vector), meta.name, { image: { width: tile.width, height: tile.height, data: tile.data }, depth });
        },
        removeUser: (id) => client.removeUserReference(id),
      }, {
        analyseReference: async (blob, o) => (lastAnalysed = await client.analyseReference(blob, o?.signal)),
      }, this.host.modelSha256('vision_encoder') ?? 'unknown');
      await users.load();
      return users;
    })();
    this.users.catch(() => (this.users = undefined));
    return this.users;
  }

  /** Stored user images go back into the index with their stored vectors: nothing is re-embedded after a reload. */
  private async restoreUserImages(): Promise<void> {
    try {
      await this.userReferences();
    } catch (err) {
      // Retrieval over the shipped gallery still works without them.
      this.warnings.push(t('run.referencesFailed', { error: (err as Error).message }));
    }
  }

  private async withEvents<T>(hooks: RunHooks, body: () => Promise<T>): Promise<T> {
    const off = hooks.onModelEvent ? this.host.onEvent(hooks.onModelEvent) : undefined;
    try {
      return await body();
    } finally {
      for (const message of this.warnings.splice(0)) hooks.onWarning?.(message);
      off?.();
    }
  }
}

/** PanelEngine over the model workers, with the gallery opened once and checked against the vision tower. */
export class BrowserEngine implements PanelEngine {
  private gallery?: Promise<{ count: number; modelSha256: string }>;
  /** The composer in the image worker, where the suite ships its sprite pack; null: references are retrieved only. */
  readonly composer: ComposerClient | null;
  compose?: PanelEngine['compose'];

  constructor(private readonly client: ModelClient, private readonly onWarning: (message: string) => void = () => {}) {
    const composer = new ComposerClient(client);
    this.composer = composer.available() ? composer : null;
    if (this.composer) this.compose = (req, signal) => composer.composeRequest(req, signal);
  }

  /** Opens the shipped gallery once and warns when its embeddings came from another vision tower. */
  openGallery(): Promise<{ count: number; modelSha256: string }> {
    this.gallery ??= this.client.openGallery().then((info) => {
      const vision = this.client.host.modelSha256('vision_encoder');
      if (info.modelSha256 && vision && info.modelSha256 !== vision) {
        this.onWarning(t('models.staleGallery'));
      }
      return info;
    });
    this.gallery.catch(() => (this.gallery = undefined));
    return this.gallery;
  }

  encodeText(texts: string[], signal?: AbortSignal) {
    return this.client.encodeText(texts, signal);
  }

  async search(embedding: Float32Array, k: number, signal?: AbortSignal, plan?: ScenePlan): Promise<SceneHit[]> {
    await this.openGallery();
    const hits = await this.client.search(embedding, k, signal, plan);
    return hits.map(sceneHitOf);
  }

  reference(id: string, signal?: AbortSignal) {
    return this.client.reference(id, signal);
  }

  denoise(...args: Parameters<PanelEngine['denoise']>) {
    return this.client.denoise(...args);
  }

  gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array> {
    return this.client.gan(sentence, seeds, signal);
  }

  /** Null where the suite has no upscaler: its panels stay as drawn. */
  upscale(images: RgbaImage[], signal?: AbortSignal, guides?: UpscaleGuides): Promise<RgbaImage[] | null> {
    // A composed panel's guide goes to the guided upscaler where the suite has one; otherwise the plain one.
    if (guides?.some((g) => g) && this.client.hasModels(MODELS_OF.upscaleGuided)) return this.client.upscaleGuided(images, [...guides], signal);
    return this.client.hasModels(MODELS_OF.upscale) ? this.client.upscale(images, signal) : Promise.resolve(null);
  }
}

/** The author's layout and the panel's composed size of line `line` (StripOptions.layouts / frames). */
export function lineLayout(opts: StripOptions, line: number): Pick<PanelJob, 'layout' | 'frame'> {
  const layout = opts.layouts?.[line] ?? undefined;
  const frame = opts.frames?.[line] ?? undefined;
  return { ...(layout && { layout }), ...(frame && { frame }) };
}

/** A worker search hit as the panel flow reads it (metadata flattened; `missing` only where a plan ranked it). */
export function sceneHitOf(h: Awaited<ReturnType<ModelClient['search']>>[number]): SceneHit {
  return {
    id: h.id, score: h.score, source: h.source, setting: h.meta.setting, settingNames: h.meta.settingNames, style: h.meta.style, objects: h.meta.objects,
    ...(h.meta.time !== undefined && { time: h.meta.time }),
    ...(h.meta.objectCounts && { objectCounts: h.meta.objectCounts }),
    ...(h.missing && { missing: h.missing }),
  };
}
