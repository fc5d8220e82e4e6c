// Main-thread bridge to workers/demo.worker.ts: queued calls, AbortSignal per call, progress via Comlink.proxy.
import * as Comlink from 'comlink';
import type { DemoApi } from '../../workers/demo.worker';
import type { BackendInfo, ProgressCallback } from '../shared/progress';
import type { BackendPreference, ModelRef, TensorData } from '../shared/model-ref';
import { JobQueue } from './job-queue';

// Comlink's Remote<> distributes over union return types; the casts below restore the worker's own types.

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

export class DemoBridge {
  private readonly remote: Comlink.Remote<DemoApi>;
  private readonly queue: JobQueue;

  constructor(private readonly worker: Worker) {
    this.remote = Comlink.wrap<DemoApi>(worker);
    // Cancel skips the queue: it must reach the worker while the job it stops is running.
    this.queue = new JobQueue((jobId) => this.remote.cancel(jobId));
  }

  static create(): DemoBridge {
    return new DemoBridge(new Worker(new URL('../../workers/demo.worker.ts', import.meta.url), { type: 'module', name: 'demo' }));
  }

  init(preference: BackendPreference, opts: CallOptions = {}): Promise<BackendInfo> {
    return this.queue.enqueue(opts.signal, () => this.remote.init(preference) as Promise<BackendInfo>);
  }

  backend(opts: CallOptions = {}): Promise<BackendInfo | null> {
    return this.queue.enqueue(opts.signal, () => this.remote.backend() as Promise<BackendInfo | null>);
  }

  load(ref: ModelRef, opts: CallOptions = {}): Promise<void> {
    return this.queue.enqueue(opts.signal, () => this.remote.load(ref, progressProxy(opts)));
  }

  listModels(opts: CallOptions = {}): Promise<string[]> {
    return this.queue.enqueue(opts.signal, () => this.remote.listModels());
  }

  run(key: string, input: TensorData, opts: CallOptions = {}): Promise<TensorData> {
    return this.queue.enqueue(opts.signal, ({ jobId }) => this.remote.run(jobId, key, input, progressProxy(opts)));
  }

  /** n model calls in a row; the cancellation point between calls is what the cancel test exercises. */
  runMany(key: string, input: TensorData, n: number, opts: CallOptions = {}): Promise<{ completed: number; output: TensorData }> {
    return this.queue.enqueue(opts.signal, ({ jobId }) => this.remote.runMany(jobId, key, input, n, progressProxy(opts)));
  }

  unload(key: string, opts: CallOptions = {}): Promise<void> {
    return this.queue.enqueue(opts.signal, () => this.remote.unload(key));
  }

  /** Frees the worker's sessions, then ends the worker. */
  async dispose(): Promise<void> {
    try {
      await Promise.race([this.remote.dispose(), new Promise((r) => setTimeout(r, 1000))]);
    } finally {
      this.remote[Comlink.releaseProxy]();
      this.worker.terminate();
    }
  }
}

function progressProxy(opts: CallOptions): ProgressCallback | undefined {
  return opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined;
}
