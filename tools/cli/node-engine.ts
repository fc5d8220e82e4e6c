// PanelEngine on onnxruntime-node: the same model modules and panel maths as the browser workers,
// with files read from disk (a suite folder laid out as public/models/<suite>/ and a gallery folder).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { ComposeRequest, PanelEngine, SceneHit, UpscaleGuides } from '../../src/features/strip/shared/strip-contract';
import type { ComposedPanel } from '../../src/features/composer/shared/composer-contract';
import { sceneFromPlan } from '../../src/features/composer/shared/plan-scene';
import { renderPanel } from '../composer/render-panel';
import type { AppDefaults } from '../../src/core/app-defaults';
import { readAppDefaults } from '../lib/app-defaults-file';
import { tensorToImageData } from '../../src/core/image-tensor';
import type { ModelSuite } from '../../src/core/manifest';
import { createTokenizer, TextModel } from '../../src/core/models/text-model';
import { DiffusionModel, parseDiffusionConfig, type DenoiseRequest } from '../../src/core/models/diffusion-model';
import { GanModel } from '../../src/core/models/gan-model';
import { GUIDED_UPSCALER_ID, GuidedUpscaleModel, UPSCALER_ID, UpscaleModel } from '../../src/core/models/upscale-model';
import { DepthModel, VisionModel } from '../../src/core/models/image-models';
import { GalleryStore, type SceneMeta } from '../../src/core/gallery-store';
import type { GalleryIndexHit } from '../../src/core/gallery-index';
import { searchByPlan, type RetrievalPlan } from '../../src/features/plans/shared/plan-retrieval';
import type { RgbaImage } from '../../src/core/rgba-image';

export interface NodeEngineOptions {
  /** Folder of the suite (public/models/toon-mini). */
  suiteDir: string;
  /** Folder of the shipped gallery (public/gallery/toon-mini). */
  galleryDir: string;
  threads?: number;
}

/** Decodes PNG/WebP/JPEG bytes to RGBA with @napi-rs/canvas. */
export async function decodeImageNode(bytes: Uint8Array): Promise<RgbaImage> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height);
  return { width: data.width, height: data.height, data: data.data };
}

export class NodeEngine implements PanelEngine {
  private readonly suite: ModelSuite;
  /** The suite's app-defaults.json: what the app's panels use too. */
  readonly defaults: AppDefaults;
  private readonly sessions = new Map<string, Promise<ort.InferenceSession>>();
  private text?: Promise<TextModel>;
  private diffusion?: Promise<DiffusionModel>;
  private galleryStore?: Promise<GalleryStore>;

  constructor(private readonly opts: NodeEngineOptions) {
    this.suite = JSON.parse(readFileSync(join(opts.suiteDir, 'suite.json'), 'utf8')) as ModelSuite;
    this.defaults = readAppDefaults(opts.suiteDir);
  }

  private file(modelId: string, suffix: string): string {
    const model = this.suite.models.find((m) => m.id === modelId);
    if (!model) throw new Error(`Suite ${this.suite.id} has no model "${modelId}" (${this.opts.suiteDir}/suite.json).`);
    const file = model.files.find((f) => f.path.endsWith(suffix));
    if (!file) throw new Error(`Model ${modelId} has no file ending in ${suffix}.`);
    return join(this.opts.suiteDir, file.path);
  }

  private json(modelId: string, suffix: string): unknown {
    return JSON.parse(readFileSync(this.file(modelId, suffix), 'utf8'));
  }

  session(modelId: string): Promise<ort.InferenceSession> {
    let s = this.sessions.get(modelId);
    if (!s) {
      const threads = this.opts.threads ?? 2;
      s = ort.InferenceSession.create(this.file(modelId, '.onnx'), { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
      this.sessions.set(modelId, s);
    }
    return s;
  }

  textModel(): Promise<TextModel> {
    this.text ??= (async () => {
      const tokConfig = this.json('tokenizer', 'tokenizer_config.json');
      const maxLength = TextModel.maxLengthOf(tokConfig, this.json('text_encoder', 'config.json'));
      return new TextModel(ort, await this.session('text_encoder'), createTokenizer(this.json('tokenizer', 'tokenizer.json'), tokConfig), maxLength);
    })();
    return this.text;
  }

  diffusionModel(): Promise<DiffusionModel> {
    this.diffusion ??= (async () => {
      const config = parseDiffusionConfig(this.json('vae_decoder', 'config.json'), this.json('unet', 'style_embeddings.json'),
        this.json('unet', 'scheduler_config.json'), this.json('unet', 'unet/config.json'));
      return new DiffusionModel(ort, await this.session('unet'), await this.session('vae_encoder'), await this.session('vae_decoder'), config);
    })();
    return this.diffusion;
  }

  async visionModel(): Promise<VisionModel> {
    return new VisionModel(ort, await this.session('vision_encoder'));
  }

  async depthModel(): Promise<DepthModel> {
    return new DepthModel(ort, await this.session('depth_estimator'));
  }

  gallery(): Promise<GalleryStore> {
    this.galleryStore ??= GalleryStore.open({
      fetchBytes: async (path) => new Uint8Array(readFileSync(join(this.opts.galleryDir, path))),
      decodeImage: (bytes) => decodeImageNode(bytes),
    });
    return this.galleryStore;
  }

  async encodeText(texts: string[]) {
    return (await this.textModel()).encode(texts);
  }

  /** Top-k by CLIP; with a scene plan, every entry ranked by it: the same ranking as the app's image worker. */
  async search(embedding: Float32Array, k: number, _signal?: AbortSignal, plan?: RetrievalPlan): Promise<SceneHit[]> {
    const store = await this.gallery();
    const hits: (GalleryIndexHit<SceneMeta> & { missing?: string[] })[] = plan ? searchByPlan(store, embedding, k, plan) : store.search(embedding, k);
    return hits.map((h) => ({
      id: h.id, score: h.score, source: h.source, setting: h.meta.setting, style: h.meta.style, objects: h.meta.objects,
      ...(plan && { time: h.meta.time, objectCounts: h.meta.objectCounts, missing: h.missing }),
    }));
  }

  async reference(id: string) {
    return (await this.gallery()).reference(id);
  }

  async denoise(req: DenoiseRequest, onStep: (step: number, total: number) => void): Promise<RgbaImage[]> {
    const model = await this.diffusionModel();
    const latents = await model.denoise(req, { onStep });
    const images = await model.decode(latents, req.seeds.length);
    const size = model.config.imageSize;
    return req.seeds.map((_, v) => {
      const img = tensorToImageData(images, 3, size, size, { batchIndex: v });
      return { width: size, height: size, data: img.data };
    });
  }

  /** The app's composer on the Node render kit: the author's layout as it is, or the plan placed at the frame. */
  async compose(req: ComposeRequest): Promise<ComposedPanel> {
    const { frame, looks, style, seed } = req;
    if (!req.layout && !req.plan) throw new Error(`nothing to compose for "${req.text}": no plan and no layout`);
    const layout = req.layout ?? sceneFromPlan(req.plan!, { looks, style, seed, width: frame.width, height: frame.height });
    const { image, depth } = renderPanel(layout, seed);
    return { image, depth, layout: { scene: layout.scene, width: layout.width, height: layout.height, looks: layout.looks } };
  }

  async gan(sentence: Float32Array, seeds: number[]): Promise<Float32Array> {
    return new GanModel(ort, await this.session('gan_generator')).generate(sentence, seeds);
  }

  /** Null where the suite has no upscaler: its panels stay as drawn. */
  async upscale(images: RgbaImage[], _signal?: AbortSignal, guides?: UpscaleGuides): Promise<RgbaImage[] | null> {
    if (guides?.some((g) => g) && this.suite.models.some((m) => m.id === GUIDED_UPSCALER_ID)) {
      return new GuidedUpscaleModel(ort, await this.session(GUIDED_UPSCALER_ID)).upscale(images, guides);
    }
    if (!this.suite.models.some((m) => m.id === UPSCALER_ID)) return null;
    return new UpscaleModel(ort, await this.session(UPSCALER_ID)).upscale(images);
  }

  async dispose(): Promise<void> {
    for (const s of this.sessions.values()) await (await s.catch(() => undefined))?.release();
    this.sessions.clear();
  }
}

/** Runs `body` on a fresh engine and releases its sessions afterwards, whatever happens. */
export async function withEngine<T>(opts: NodeEngineOptions, body: (engine: NodeEngine) => Promise<T>): Promise<T> {
  const engine = new NodeEngine(opts);
  try {
    return await body(engine);
  } finally {
    await engine.dispose();
  }
}
