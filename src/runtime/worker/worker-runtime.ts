// What every model worker shares: backend choice once, a model registry, cancellation, proxy release,
// and the GPU device watch that tells the main thread when the device is lost.
import * as Comlink from 'comlink';
import type { BackendInfo, ProgressCallback } from '../../core/progress';
import { modelKey, type BackendPreference, type ModelRef } from '../../core/model-ref';
import { deviceLossMessage, type DeviceLoss } from '../../core/device-loss';
import { holdLifeline } from '../../core/worker-lifeline';
import { setLocale, type Locale } from '../../core/i18n';
import { chooseBackend, watchGpuDevice } from './backend';
import { CancellationRegistry } from './cancellation';
import { ModelRegistry, type LoadedModel } from './model-registry';

// Every model worker holds the page's lifeline port, so the page learns when the worker ends.
if ('WorkerGlobalScope' in globalThis) holdLifeline(self);

export class WorkerRuntime {
  private backendInfo?: Promise<BackendInfo>;
  private chosen?: BackendInfo;
  readonly cancellation = new CancellationRegistry();
  readonly models = new ModelRegistry(() => {
    if (!this.chosen) throw new Error('The worker has no backend yet; call init() first.');
    return this.chosen;
  });
  /** Refs by model id, so worker code asks for "text_encoder" rather than a suite-qualified key. */
  private readonly refs = new Map<string, ModelRef>();

  /** @param reportLoss how a lost GPU device reaches the main thread; a plain message beside Comlink's by default. */
  constructor(private readonly reportLoss: (loss: DeviceLoss) => void = postDeviceLoss) {}

  /** Chooses the backend once; later calls return the first choice. */
  /** The page's UI language comes along, so messages made in the worker read in it too. */
  init(preference: BackendPreference = 'auto', locale?: Locale): Promise<BackendInfo> {
    if (locale) setLocale(locale);
    this.backendInfo ??= chooseBackend(preference).then((info) => (this.chosen = info));
    this.backendInfo.catch(() => (this.backendInfo = undefined));
    return this.backendInfo;
  }

  backend(): BackendInfo | null {
    return this.chosen ?? null;
  }

  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<LoadedModel> {
    try {
      await this.init();
      this.refs.set(ref.model.id, ref);
      const loaded = await this.models.load(ref, onProgress);
      // ORT makes its device with the first WebGPU session (or a new one after releasing all): watch what is there now.
      if (this.chosen?.kind === 'webgpu') watchGpuDevice(this.reportLoss);
      return loaded;
    } finally {
      releaseCallback(onProgress);
    }
  }

  /** The loaded model with this id; a clear error when the pipeline forgot to load it. */
  model(id: string): Promise<LoadedModel> {
    const ref = this.refs.get(id);
    if (!ref) return Promise.reject(new Error(`Model "${id}" is not loaded in this worker; call load() first.`));
    return this.models.get(modelKey(ref));
  }

  /** Runs a job with cancellation; the job awaits `checkpoint` between model calls. */
  async job<T>(jobId: number, body: (checkpoint: () => Promise<void>) => Promise<T>, onProgress?: unknown): Promise<T> {
    try {
      return await body(() => this.cancellation.checkpoint(jobId));
    } finally {
      this.cancellation.finish(jobId);
      releaseCallback(onProgress);
    }
  }

  async dispose(): Promise<void> {
    await this.models.dispose();
  }
}

function postDeviceLoss(loss: DeviceLoss): void {
  self.postMessage(deviceLossMessage(loss));
}

/** The single ONNX session of a model (the first .onnx file). */
export function onlySession(model: LoadedModel) {
  const session = [...model.sessions.values()][0];
  if (!session) throw new Error(`Model ${model.ref.model.id} has no ONNX graph.`);
  return session;
}

/** A JSON side file of a loaded model, by the end of its path (e.g. "config.json"). */
export function assetJson(model: LoadedModel, suffix: string): unknown {
  for (const [path, bytes] of model.assets) {
    if (path.endsWith(suffix)) return JSON.parse(new TextDecoder().decode(bytes));
  }
  throw new Error(`Model ${model.ref.model.id} has no file ending in ${suffix}.`);
}

export function releaseCallback(cb: unknown): void {
  // Comlink proxies hold a MessagePort each; release them when the call is done.
  const release = (cb as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy];
  if (typeof release === 'function') release.call(cb);
}

/** The calls every model worker answers: backend choice, model loads, cancellation, teardown. */
export function runtimeApi(runtime: WorkerRuntime) {
  return {
    init: (preference: BackendPreference = 'auto', locale?: Locale) => runtime.init(preference, locale),
    setLocale: (locale: Locale) => setLocale(locale),
    backend: () => runtime.backend(),
    async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
      await runtime.load(ref, onProgress);
    },
    cancel: (jobId: number) => runtime.cancellation.cancel(jobId),
    dispose: () => runtime.dispose(),
  };
}
