// Main-thread bridge to one model worker (text, image, gan, diffuse): queued calls, AbortSignal per call,
// progress via Comlink.proxy; the worker's API type comes from the worker file, so it cannot drift.
import * as Comlink from 'comlink';
import type { BackendInfo, ProgressCallback } from '../shared/progress';
import type { BackendPreference, ModelRef } from '../shared/model-ref';
import type { ModelEntry } from '../shared/manifest';
import type { TextApi } from '../../workers/text.worker';
import type { ImageApi } from '../../workers/image.worker';
import type { GanApi } from '../../workers/gan.worker';
import type { DiffuseApi } from '../../workers/diffuse.worker';
import { JobQueue, type JobContext } from './job-queue';

export interface WorkerApiBase {
  init(preference?: BackendPreference): Promise<BackendInfo>;
  load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void>;
  cancel(jobId: number): void;
  dispose(): Promise<void>;
}

export type ModelTask = Exclude<ModelEntry['task'], 'demo'>;
/** depth runs in the image worker, beside the vision tower it shares pre-processing with. */
export type WorkerKind = 'text' | 'image' | 'gan' | 'diffuse';
export const WORKER_OF_TASK: Record<ModelTask, WorkerKind> = { text: 'text', image: 'image', depth: 'image', gan: 'gan', diffuse: 'diffuse' };

export class WorkerBridge<Api extends WorkerApiBase> {
  readonly remote: Comlink.Remote<Api>;
  private readonly queue: JobQueue;

  constructor(private readonly worker: Worker) {
    this.remote = Comlink.wrap<Api>(worker);
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    // Cancel skips the queue: it must reach the worker while the job it stops is running.
    this.queue = new JobQueue((jobId) => remote.cancel(jobId));
  }

  init(preference: BackendPreference): Promise<BackendInfo> {
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    return this.queue.enqueue(undefined, () => remote.init(preference) as Promise<BackendInfo>);
  }

  load(ref: ModelRef, opts: { signal?: AbortSignal; onProgress?: ProgressCallback } = {}): Promise<void> {
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    const cb = opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined;
    return this.queue.enqueue(opts.signal, () => remote.load(ref, cb));
  }

  /** A queued call; `job` gets the remote API and the job id the worker checks for cancellation. */
  call<T>(signal: AbortSignal | undefined, job: (remote: Comlink.Remote<Api>, ctx: JobContext) => Promise<T>): Promise<T> {
    return this.queue.enqueue(signal, (ctx) => job(this.remote, ctx));
  }

  async dispose(): Promise<void> {
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    try {
      await Promise.race([remote.dispose(), new Promise((r) => setTimeout(r, 1000))]);
    } finally {
      this.remote[Comlink.releaseProxy]();
      this.worker.terminate();
    }
  }
}

export interface ModelBridges {
  text: WorkerBridge<TextApi>;
  image: WorkerBridge<ImageApi>;
  gan: WorkerBridge<GanApi>;
  diffuse: WorkerBridge<DiffuseApi>;
}

// Vite bundles a worker only from a literal `new URL(..., import.meta.url)` inside `new Worker(...)`.
export const createBridge: { [K in WorkerKind]: () => ModelBridges[K] } = {
  text: () => new WorkerBridge<TextApi>(new Worker(new URL('../../workers/text.worker.ts', import.meta.url), { type: 'module', name: 'text' })),
  image: () => new WorkerBridge<ImageApi>(new Worker(new URL('../../workers/image.worker.ts', import.meta.url), { type: 'module', name: 'image' })),
  gan: () => new WorkerBridge<GanApi>(new Worker(new URL('../../workers/gan.worker.ts', import.meta.url), { type: 'module', name: 'gan' })),
  diffuse: () => new WorkerBridge<DiffuseApi>(new Worker(new URL('../../workers/diffuse.worker.ts', import.meta.url), { type: 'module', name: 'diffuse' })),
};
