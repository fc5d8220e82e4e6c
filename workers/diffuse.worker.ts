// Diffusion worker: VAE encoder/decoder + depth-conditioned UNet + the DDIM loop; cancel between UNet steps.
// On WebGPU the loop stays on the GPU (glue graphs between UNet calls) and a panel downloads one image at the end.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendPreference, ModelRef } from '../src/core/model-ref';
import type { ProgressCallback } from '../src/core/progress';
import { tensorToImageData } from '../src/core/image-tensor';
import { DiffusionModel, feedsGpuLoop, parseDiffusionConfig, type DenoiseLoop, type DenoiseRequest } from '../src/core/models/diffusion-model';
import { webGpuTensorHome } from '../src/runtime/worker/webgpu-tensor-home';
import { createGlueSession, keepOutputsOnGpu } from '../src/runtime/worker/session-factory';
import { assetJson, onlySession, runRaw, WorkerRuntime, type RawTensor } from '../src/runtime/worker/worker-runtime';

// Before any model loads: the UNet's and the decoder's outputs stay on the GPU for the GPU loop (WebGPU only).
keepOutputsOnGpu(feedsGpuLoop);

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
  const backend = runtime.backend();
  // The backend picks the loop: WASM keeps the CPU loop (exact, and fastest there).
  const home = backend?.kind === 'webgpu' ? webGpuTensorHome((bytes, name) => createGlueSession(bytes, name, backend)) : undefined;
  return new DiffusionModel(ort, onlySession(unet), onlySession(enc), onlySession(dec), config, home);
}

function diffusionModel(): Promise<DiffusionModel> {
  diffusion ??= openDiffusion();
  diffusion.catch(() => (diffusion = undefined));
  return diffusion;
}

export interface DecodedPanel { width: number; height: number; rgba: Uint8ClampedArray }

function panels(model: DiffusionModel, images: Float32Array, n: number): DecodedPanel[] {
  const size = model.config.imageSize;
  return Array.from({ length: n }, (_, v) => {
    const img = tensorToImageData(images, 3, size, size, { batchIndex: v });
    return { width: size, height: size, rgba: img.data };
  });
}

const api = {
  init: (preference: BackendPreference = 'auto') => runtime.init(preference),
  backend: () => runtime.backend(),
  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },
  /** Denoises all variants as one batch, decodes them, and returns RGBA panels (transferred). */
  denoise(jobId: number, req: DenoiseRequest, onProgress?: ProgressCallback): Promise<DecodedPanel[]> {
    return runtime.job(jobId, async (checkpoint) => {
      const model = await diffusionModel();
      const { images } = await model.generate(req, {
        checkpoint,
        onStep: (step, total) => onProgress?.({ status: 'step', stage: 'denoise', step, total }),
        onDecode: () => onProgress?.({ status: 'step', stage: 'decode', step: 0, total: 1 }),
      });
      const out = panels(model, images, req.seeds.length);
      return Comlink.transfer(out, out.map((p) => p.rgba.buffer));
    }, onProgress);
  },
  /**
   * One panel on a chosen loop ('auto' = the backend's), with the final scaled latents and the time of the call
   * (GPU-loop parity tests and bench/pipeline.ts).
   */
  denoiseWith(jobId: number, req: DenoiseRequest, loop: DenoiseLoop | 'auto') {
    return runtime.job(jobId, async (checkpoint) => {
      const model = await diffusionModel();
      const used = loop === 'auto' ? model.loop : loop;
      const t0 = performance.now();
      const { images, latents } = await model.generate(req, { checkpoint }, { loop: used, latents: true });
      const ms = performance.now() - t0;
      return { loop: used, ms, latents: latents ?? new Float32Array(0), panels: panels(model, images, req.seeds.length) };
    });
  },
  /** One raw call of a loaded model (parity tests, benchmarks). */
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(ort, runtime, modelId, feeds),
  cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
  async dispose() {
    const model = await diffusion?.catch(() => undefined);
    diffusion = undefined;
    await model?.release();
    await runtime.dispose();
  },
};

export type DiffuseApi = typeof api;
Comlink.expose(api);
