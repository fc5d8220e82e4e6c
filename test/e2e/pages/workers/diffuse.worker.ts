// The diffuse worker plus test-only calls: raw model runs, and a panel on a chosen denoise loop.
import * as Comlink from 'comlink';
import { feedsGpuLoop, type DenoiseLoop, type DenoiseRequest } from '../../../../src/core/models/diffusion-model';
import { decodedPanels, denoiser, denoiseApi, releaseAll } from '../../../../src/features/strip/worker/denoiser';
import { keepOutputsOnGpu } from '../../../../src/runtime/worker/session-factory';
import { runtimeApi, WorkerRuntime } from '../../../../src/runtime/worker/worker-runtime';
import { runRaw, type RawTensor } from './raw-run';

keepOutputsOnGpu(feedsGpuLoop);

const runtime = new WorkerRuntime();
const diffusion = denoiser(runtime);

const api = {
  ...runtimeApi(runtime),
  ...denoiseApi(runtime, diffusion),
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(runtime, modelId, feeds),
  /** One panel on a chosen loop ('auto' = the backend's), with the final scaled latents and the call's time. */
  denoiseWith(jobId: number, req: DenoiseRequest, loop: DenoiseLoop | 'auto') {
    return runtime.job(jobId, async (checkpoint) => {
      const model = await diffusion.get();
      const used = loop === 'auto' ? model.loop : loop;
      const t0 = performance.now();
      const { images, latents } = await model.generate(req, { checkpoint }, { loop: used, latents: true });
      const ms = performance.now() - t0;
      return { loop: used, ms, latents: latents ?? new Float32Array(0), panels: decodedPanels(model, images, req.seeds.length) };
    });
  },
  dispose: () => releaseAll(runtime, diffusion),
};

export type TestDiffuseApi = typeof api;
Comlink.expose(api);
