// The diffusion models in their worker: VAE encoder/decoder + depth-conditioned UNet + the DDIM loop.
// On WebGPU the loop stays on the GPU (glue graphs between UNet calls) and a panel downloads one image at the end.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { ProgressCallback } from '../../../core/progress';
import { tensorToImageData } from '../../../core/image-tensor';
import type { RgbaImage } from '../../../core/rgba-image';
import { Once } from '../../../core/once';
import { DiffusionModel, parseDiffusionConfig, type DenoiseRequest } from '../../../core/models/diffusion-model';
import { webGpuTensorHome } from '../../../runtime/worker/webgpu-tensor-home';
import { createGlueSession } from '../../../runtime/worker/session-factory';
import { assetJson, onlySession, type WorkerRuntime } from '../../../runtime/worker/worker-runtime';

/** The worker's one DiffusionModel, opened on first use from the loaded UNet and VAE. */
export function denoiser(runtime: WorkerRuntime): Once<DiffusionModel> {
  return new Once(async () => {
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
  });
}

/** Frees the denoiser's sessions, then the worker's models. */
export async function releaseAll(runtime: WorkerRuntime, diffusion: Once<DiffusionModel>): Promise<void> {
  await (await diffusion.take())?.release();
  await runtime.dispose();
}

/** Decoded [n, 3, size, size] images → n RGBA panels. */
export function decodedPanels(model: DiffusionModel, images: Float32Array, n: number): RgbaImage[] {
  const size = model.config.imageSize;
  return Array.from({ length: n }, (_, v) => tensorToImageData(images, 3, size, size, { batchIndex: v }));
}

export function denoiseApi(runtime: WorkerRuntime, diffusion: Once<DiffusionModel>) {
  return {
    /** Denoises all variants as one batch, decodes them, and returns RGBA panels (transferred). */
    denoise(jobId: number, req: DenoiseRequest, onProgress?: ProgressCallback): Promise<RgbaImage[]> {
      return runtime.job(jobId, async (checkpoint) => {
        const model = await diffusion.get();
        const { images } = await model.generate(req, {
          checkpoint,
          onStep: (step, total) => onProgress?.({ status: 'step', stage: 'denoise', step, total }),
          onDecode: () => onProgress?.({ status: 'step', stage: 'decode', step: 0, total: 1 }),
        });
        const out = decodedPanels(model, images, req.seeds.length);
        return Comlink.transfer(out, out.map((p) => p.data.buffer));
      }, onProgress);
    },
  };
}
