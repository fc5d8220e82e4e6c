// The one way main-thread features call the model workers: each call loads the models it needs, then runs in
// its worker (queued, AbortSignal per call). The strip's engine, the references and the lens all go through it.
import * as Comlink from 'comlink';
import type { DenoiseRequest } from '../../core/models/diffusion-model';
import type { ProgressCallback } from '../../core/progress';
import type { RgbaImage } from '../../core/rgba-image';
import type { Reference } from '../../core/gallery-store';
import type { ModelHost } from './model-host';
import type { ImageApi } from '../../../workers/image.worker';

export const MODELS_OF = {
  text: ['tokenizer', 'text_encoder'],
  vision: ['vision_encoder'],
  diffusion: ['unet', 'vae_encoder', 'vae_decoder'],
  gan: ['gan_generator'],
  userImages: ['vision_encoder', 'depth_estimator'],
  plans: ['scene_planner'],
  upscale: ['upscaler'],
  upscaleGuided: ['upscaler_guided'],
} as const;

export class ModelClient {
  constructor(readonly host: ModelHost) {}

  /** Whether the active suite has all these models (a test suite may lack the optional ones, e.g. the upscaler). */
  hasModels(ids: readonly string[]): boolean {
    const listed = new Set(this.host.models().map((m) => m.model.id));
    return ids.every((id) => listed.has(id));
  }

  /** The host shares concurrent loads and answers at once for ready models. */
  async ensure(ids: readonly string[], signal?: AbortSignal): Promise<void> {
    await Promise.all(ids.map((id) => this.host.load(id, { signal })));
  }

  get galleryUrl(): string {
    return this.host.galleryUrl;
  }

  async encodeText(texts: string[], signal?: AbortSignal) {
    await this.ensure(MODELS_OF.text, signal);
    return this.host.worker('text').call(signal, (r) => r.encode(texts));
  }

  /** Unit embeddings only ([B, 512]), for the lens's sentences and prompts. */
  async embedTexts(texts: string[], signal?: AbortSignal): Promise<Float32Array> {
    await this.ensure(MODELS_OF.text, signal);
    return this.host.worker('text').call(signal, (r) => r.embedTexts(texts));
  }

  /** A treatment's scene lines → their plans, read in order as one story. */
  async planTreatment(lines: string[], signal?: AbortSignal) {
    await this.ensure(MODELS_OF.plans, signal);
    return this.host.worker('text').call(signal, (r) => r.planTreatment(lines));
  }

  async embedImages(images: RgbaImage[], signal?: AbortSignal): Promise<Float32Array> {
    await this.ensure(MODELS_OF.vision, signal);
    return this.host.worker('image').call(signal, (r) => r.embed(images));
  }

  openGallery() {
    return this.host.worker('image').call(undefined, (r) => r.openGallery(this.galleryUrl));
  }

  /** With a plan (a line's scene plan), the worker ranks every entry by it instead of taking CLIP's top k. */
  search(embedding: Float32Array, k: number, signal?: AbortSignal, plan?: Parameters<ImageApi['search']>[3]) {
    return this.host.worker('image').call(signal, (r) => (plan ? r.search(this.galleryUrl, embedding, k, plan) : r.search(this.galleryUrl, embedding, k)));
  }

  reference(id: string, signal?: AbortSignal) {
    return this.host.worker('image').call(signal, (r) => r.reference(this.galleryUrl, id));
  }

  galleryMap(signal?: AbortSignal) {
    return this.host.worker('image').call(signal, (r) => r.galleryMap(this.galleryUrl));
  }

  async analyseReference(blob: Blob, signal?: AbortSignal) {
    await this.ensure(MODELS_OF.userImages, signal);
    return this.host.worker('image').call(signal, (r) => r.analyseReference(blob));
  }

  addUserReference(id: string, vector: Float32Array, name: string, reference: Reference): Promise<void> {
    return this.host.worker('image').call(undefined, (r) => r.addUser(this.galleryUrl, id, vector, name, reference));
  }

  removeUserReference(id: string): Promise<boolean> {
    return this.host.worker('image').call(undefined, (r) => r.removeUser(this.galleryUrl, id));
  }

  async denoise(req: DenoiseRequest, onStep: (step: number, total: number) => void, signal?: AbortSignal): Promise<RgbaImage[]> {
    await this.ensure(MODELS_OF.diffusion, signal);
    const onProgress: ProgressCallback = (e) => e.status === 'step' && e.stage === 'denoise' && onStep(e.step, e.total);
    return this.host.worker('diffuse').call(signal, (r, { jobId }) => r.denoise(jobId, req, Comlink.proxy(onProgress)));
  }

  /** Drawn panels ×4 through the suite's upscaler, in the image worker (loaded on first use). */
  async upscale(images: RgbaImage[], signal?: AbortSignal): Promise<RgbaImage[]> {
    await this.ensure(MODELS_OF.upscale, signal);
    return this.host.worker('image').call(signal, (r) => r.upscale(images));
  }

  /** The same through the guided upscaler, each image with its composed drawing's edge map (or null). */
  async upscaleGuided(images: RgbaImage[], guides: (Float32Array | null)[], signal?: AbortSignal): Promise<RgbaImage[]> {
    await this.ensure(MODELS_OF.upscaleGuided, signal);
    return this.host.worker('image').call(signal, (r) => r.upscaleGuided(images, guides));
  }

  async gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array> {
    await this.ensure(MODELS_OF.gan, signal);
    return this.host.worker('gan').call(signal, (r) => r.generate(sentence, seeds));
  }
}
