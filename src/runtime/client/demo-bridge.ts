// Main-thread bridge to workers/demo.worker.ts: the shared WorkerBridge (queued calls, AbortSignal per call,
// progress via Comlink.proxy, GPU device loss) with the demo worker's calls typed.
import * as Comlink from 'comlink';
import type { DemoApi } from '../../../workers/demo.worker';
import type { DeviceLoss } from '../../core/device-loss';
import type { BackendInfo, ProgressCallback } from '../../core/progress';
import type { BackendPreference, ModelRef, TensorData } from '../../core/model-ref';
import { WorkerBridge, type WorkerLike } from './worker-bridge';

// Comlink's Remote<> distributes over union return types; the casts below restore the worker's own types.

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

export class DemoBridge {
  private readonly bridge: WorkerBridge<DemoApi>;

  constructor(worker: WorkerLike) {
    this.bridge = new WorkerBridge<DemoApi>(worker);
  }

  static create(): DemoBridge {
    return new DemoBridge(new Worker(new URL('../../../workers/demo.worker.ts', import.meta.url), { type: 'module', name: 'demo' }));
  }

  init(preference: BackendPreference): Promise<BackendInfo> {
    return this.bridge.init(preference);
  }

  backend(opts: CallOptions = {}): Promise<BackendInfo | null> {
    return this.bridge.call(opts.signal, (r) => r.backend() as Promise<BackendInfo | null>);
  }

  load(ref: ModelRef, opts: CallOptions = {}): Promise<void> {
    return this.bridge.load(ref, opts);
  }

  run(key: string, input: TensorData, opts: CallOptions = {}): Promise<TensorData> {
    return this.bridge.call(opts.signal, (r, { jobId }) => r.run(jobId, key, input, progressProxy(opts)) as Promise<TensorData>);
  }

  /** n model calls in a row; the cancellation point between calls is what the cancel test exercises. */
  runMany(key: string, input: TensorData, n: number, opts: CallOptions = {}): Promise<{ completed: number; output: TensorData }> {
    return this.bridge.call(opts.signal, (r, { jobId }) =>
      r.runMany(jobId, key, input, n, progressProxy(opts)) as Promise<{ completed: number; output: TensorData }>);
  }

  unload(key: string, opts: CallOptions = {}): Promise<void> {
    return this.bridge.call(opts.signal, (r) => r.unload(key));
  }

  /** Subscribes to the demo worker's GPU device loss (once it has run a model on WebGPU). */
  onDeviceLost(cb: (loss: DeviceLoss) => void): () => void {
    return this.bridge.onDeviceLost(cb);
  }

  /** Frees the worker's sessions, then ends the worker. */
  dispose(): Promise<void> {
    return this.bridge.dispose();
  }
}

function progressProxy(opts: CallOptions): ProgressCallback | undefined {
  return opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined;
}
