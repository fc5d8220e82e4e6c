// PanelEngine over the model workers: each method loads what it needs lazily, then calls its worker.
import * as Comlink from 'comlink';
import type { ProgressCallback } from '../../../core/progress';
import type { RgbaImage } from '../../../core/rgba-image';
import type { ModelHost } from '../../../runtime/client/model-host';
import type { PanelEngine, SceneHit } from '../shared/strip-contract';

export const MODELS_OF = {
  text: ['tokenizer', 'text_encoder'],
  diffusion: ['unet', 'vae_encoder', 'vae_decoder'],
  gan: ['gan_generator'],
  userImages: ['vision_encoder', 'depth_estimator'],
} as const;

export class BrowserEngine implements PanelEngine {
  private gallery?: Promise<unknown>;

  constructor(private readonly host: ModelHost, private readonly onWarning: (message: string) => void = () => {}) {}

  async ensure(ids: readonly string[], signal?: AbortSignal): Promise<void> {
    // The host shares concurrent loads and answers at once for ready models.
    await Promise.all(ids.map((id) => this.host.load(id, { signal })));
  }

  /** Opens the shipped gallery once and warns when its embeddings came from another vision tower. */
  openGallery(): Promise<unknown> {
    this.gallery ??= this.host.worker('image').call(undefined, async (r) => {
      const info = await r.openGallery(this.host.galleryUrl);
      const vision = this.host.modelSha256('vision_encoder');
      if (info.modelSha256 && vision && info.modelSha256 !== vision) {
        this.onWarning('The gallery embeddings were computed with another vision tower than the loaded one: rebuild them (npm run gallery) for accurate retrieval.');
      }
      return info;
    });
    this.gallery.catch(() => (this.gallery = undefined));
    return this.gallery;
  }

  async encodeText(texts: string[], signal?: AbortSignal) {
    await this.ensure(MODELS_OF.text, signal);
    return this.host.worker('text').call(signal, (r) => r.encode(texts));
  }

  async search(embedding: Float32Array, k: number, signal?: AbortSignal): Promise<SceneHit[]> {
    await this.openGallery();
    const hits = await this.host.worker('image').call(signal, (r) => r.search(this.host.galleryUrl, embedding, k));
    return hits.map((h) => ({ id: h.id, score: h.score, source: h.source, setting: h.meta.setting, style: h.meta.style, objects: h.meta.objects }));
  }

  reference(id: string, signal?: AbortSignal) {
    return this.host.worker('image').call(signal, (r) => r.reference(this.host.galleryUrl, id));
  }

  async denoise(req: Parameters<PanelEngine['denoise']>[0], onStep: (step: number, total: number) => void, signal?: AbortSignal): Promise<RgbaImage[]> {
    await this.ensure(MODELS_OF.diffusion, signal);
    const onProgress: ProgressCallback = (e) => e.status === 'step' && e.stage === 'denoise' && onStep(e.step, e.total);
    return this.host.worker('diffuse').call(signal, (r, { jobId }) => r.denoise(jobId, req, Comlink.proxy(onProgress)));
  }

  async gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array> {
    await this.ensure(MODELS_OF.gan, signal);
    return this.host.worker('gan').call(signal, (r) => r.generate(sentence, seeds));
  }
}
