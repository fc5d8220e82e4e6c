// Diffusion worker: the strip's denoiser (VAE + depth-conditioned UNet + DDIM); cancel between UNet steps.
import * as Comlink from 'comlink';
import { feedsGpuLoop } from '../src/core/models/diffusion-model';
import { denoiser, denoiseApi, releaseAll } from '../src/features/strip/worker/denoiser';
import { keepOutputsOnGpu } from '../src/runtime/worker/session-factory';
import { runtimeApi, WorkerRuntime } from '../src/runtime/worker/worker-runtime';

// Before any model loads: the UNet's and the decoder's outputs stay on the GPU for the GPU loop (WebGPU only).
keepOutputsOnGpu(feedsGpuLoop);

const runtime = new WorkerRuntime();
const diffusion = denoiser(runtime);

const api = {
  ...runtimeApi(runtime),
  ...denoiseApi(runtime, diffusion),
  dispose: () => releaseAll(runtime, diffusion),
};

export type DiffuseApi = typeof api;
Comlink.expose(api);
