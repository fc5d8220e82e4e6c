// GAN worker: the conditional DCGAN generator (sentence vector + seeded noise → 64×64 RGB).
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendPreference, ModelRef } from '../src/core/model-ref';
import type { ProgressCallback } from '../src/core/progress';
import { GanModel } from '../src/core/models/gan-model';
import { onlySession, runRaw, WorkerRuntime, type RawTensor } from '../src/runtime/worker/worker-runtime';

const runtime = new WorkerRuntime();

const api = {
  init: (preference: BackendPreference = 'auto') => runtime.init(preference),
  backend: () => runtime.backend(),
  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },
  /** [n, 3, 64, 64] in [-1, 1], one image per seed. */
  async generate(sentence: Float32Array, seeds: number[]): Promise<Float32Array> {
    const gan = new GanModel(ort, onlySession(await runtime.model('gan_generator')));
    const out = await gan.generate(sentence, seeds);
    return Comlink.transfer(out, [out.buffer]);
  },
  /** One raw call of a loaded model (parity tests, benchmarks). */
  run: (modelId: string, feeds: Record<string, RawTensor>) => runRaw(ort, runtime, modelId, feeds),
  cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
  dispose: () => runtime.dispose(),
};

export type GanApi = typeof api;
Comlink.expose(api);
