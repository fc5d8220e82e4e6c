// Diffusion worker: VAE encoder/decoder + depth-conditioned UNet + the DDIM loop; cancel between UNet steps.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendPreference, ModelRef } from '../src/shared/model-ref';
import type { ProgressCallback } from '../src/shared/progress';
import { tensorToImageData } from '../src/shared/image-tensor';
import { DiffusionModel, parseDiffusionConfig, type DenoiseRequest } from './models/diffusion-model';
import { assetJson, onlySession, runRaw, WorkerRuntime, type RawTensor } from './runtime/worker-runtime';

const runtime = new WorkerRuntime();
let diffusion: Promise<DiffusionModel> | undefined;

async function openDiffusion(): Promise<DiffusionModel> {
  const [unet, enc, dec] = await Promise.all([runtime.model('unet'), runtime.model('vae_encoder'), runtime.model('vae_decoder')]);
  const config = parseDiffusionConfig(
    assetJson(dec, 'vae_decoder/config.json'),
    assetJson(unet, 'style_embeddings.json'),
    assetJson(unet, 'scheduler_config.json'),
    assetJson(unet, 'unet/config.json'),
  );
  return new DiffusionModel(ort, onlySession(unet), onlySession(enc), onlySession(dec), config);
}

export interface DecodedPanel { width: number; height: number; rgba: Uint8ClampedArray }

const api = {
  init: (preference: BackendPreference = 'auto') => runtime.init(preference),
  backend: () => runtime.backend(),
  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },
  /** Denoises all variants as one batch, decodes them, and returns RGBA panels (transferred). */
  denoise(jobId: number, req: DenoiseRequest, onProgress?: ProgressCallback): Promise<DecodedPanel[]> {
    return runtime.job(jobId, async (checkpoint) => {
      diffusion ??= openDiffusion();
      diffusion.catch(() => (diffusion = undefined));
      const model = await diffusion;
      const latents = await model.denoise(req, {
        checkpoint,
        onStep: (step, total) => onProgress?.({ status: 'step', stage: 'denoise', step, total }),
      });
      await checkpoint();
      onProgress?.({ status: 'step', stage: 'decode', step: 0, total: 1 });
      const images = await model.decode(latents, req.seeds.length);
      const size = model.config.imageSize;
      const panels = req.seeds.map((_, v) => {
        const img = tensorToImageData(images, 3, size, size, { batchIndex: v });
        return { width: size, height: size, rgba: img.data };
      });
      return Comlink.transfer(panels, panels.map((p) => p.rgba.buffer));
    }, onProgress);
  },
  /** One raw call of a loaded model (parity tests, benchmarks). */
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(ort, runtime, modelId, feeds),
  cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
  dispose: () => runtime.dispose(),
};

export type DiffuseApi = typeof api;
Comlink.expose(api);
