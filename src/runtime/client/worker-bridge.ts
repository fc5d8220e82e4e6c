// Main-thread bridge to one model worker (text, image, gan, diffuse): queued calls, AbortSignal per call,
// progress via Comlink.proxy, and the worker's GPU device loss; the worker's API type comes from the worker file.
import { Listeners } from '../../core/listeners';
import * as Comlink from 'comlink';
import { GpuDeviceLostError, readDeviceLossMessage, type DeviceLoss } from '../../core/device-loss';
import { watchLifeline, WORKER_ENDED } from '../../core/worker-lifeline';
import type { BackendInfo, ProgressCallback } from '../../core/progress';
import type { BackendPreference, ModelRef } from '../../core/model-ref';
import type { ModelEntry } from '../../core/manifest';
import type { TextApi } from '../../../workers/text.worker';
import type { ImageApi } from '../../../workers/image.worker';
import type { GanApi } from '../../../workers/gan.worker';
import type { DiffuseApi } from '../../../workers/diffuse.worker';
import type { ProbeApi } from '../../../workers/probe.worker';
import { isAbortError, JobQueue, type JobContext } from './job-queue';
import { getLocale, onLocaleChange, type Locale } from '../../core/i18n';

export interface WorkerApiBase {
  init(preference?: BackendPreference, locale?: Locale): Promise<BackendInfo>;
  setLocale(locale: Locale): void;
  load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void>;
  cancel(jobId: number): void;
  dispose(): Promise<void>;
}

export type ModelTask = Exclude<ModelEntry['task'], 'demo'>;
/** depth runs in the image worker, beside the vision tower it shares pre-processing with. */
export type WorkerKind = 'text' | 'image' | 'gan' | 'diffuse';
export const WORKER_OF_TASK: Record<ModelTask, WorkerKind> = { text: 'text', image: 'image', depth: 'image', gan: 'gan', diffuse: 'diffuse' };

/** What the bridge needs of a Worker (a MessagePort with terminate() serves in Node tests). */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

/** A GPU call can fail a moment before the browser reports the loss; this long the bridge waits to name it. */
export const LOSS_GRACE_MS = 1000;

export class WorkerBridge<Api extends WorkerApiBase> {
  readonly remote: Comlink.Remote<Api>;
  private readonly queue: JobQueue;
  private lostError?: GpuDeviceLostError;
  private readonly lossListeners = new Listeners<[DeviceLoss]>();
  /** Rejects when the device is lost: every call races it, so none waits on a dead GPU. */
  private readonly lostSignal: Promise<never>;
  private rejectLost!: (error: GpuDeviceLostError) => void;
  private backendKind?: BackendInfo['kind'];
  private terminated = false;
  private readonly stopLocale: () => void;

  constructor(private readonly worker: WorkerLike) {
    this.remote = Comlink.wrap<Api>(worker);
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    // Cancel skips the queue: it must reach the worker while the job it stops is running.
    this.queue = new JobQueue((jobId) => (this.lostError ? undefined : remote.cancel(jobId)));
    this.lostSignal = new Promise<never>((_, reject) => (this.rejectLost = reject));
    this.lostSignal.catch(() => undefined);
    worker.addEventListener('message', (event) => {
      const loss = readDeviceLossMessage((event as MessageEvent).data);
      if (loss) this.lose(loss);
    });
    // A worker that ended on its own is reported like a lost device: its calls fail and a fresh worker takes over.
    // Messages a worker makes (download, cache, image errors) follow the UI language as it switches.
    this.stopLocale = onLocaleChange((locale) => {
      if (!this.terminated && !this.lostError) remote.setLocale(locale)?.catch?.(() => undefined);
    });
    if (typeof Worker !== 'undefined' && worker instanceof Worker) {
      watchLifeline(worker, () => this.terminated || this.lose({ reason: WORKER_ENDED, message: '' }));
    }
  }

  /** The loss this worker suffered, if any: after it every call fails with this error. */
  get lost(): GpuDeviceLostError | undefined {
    return this.lostError;
  }

  /** Subscribes to the worker's GPU device loss; returns the unsubscribe function. */
  onDeviceLost(cb: (loss: DeviceLoss) => void): () => void {
    return this.lossListeners.add(cb);
  }

  init(preference: BackendPreference): Promise<BackendInfo> {
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    return this.queue.enqueue(undefined, () =>
      this.guarded(async () => {
        const info = (await remote.init(preference, getLocale())) as BackendInfo;
        this.backendKind = info.kind;
        return info;
      }),
    );
  }

  load(ref: ModelRef, opts: { signal?: AbortSignal; onProgress?: ProgressCallback } = {}): Promise<void> {
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    return this.queue.enqueue(opts.signal, () =>
      this.guarded(() => remote.load(ref, opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined)),
    );
  }

  /** A queued call; `job` gets the remote API and the job id the worker checks for cancellation. */
  call<T>(signal: AbortSignal | undefined, job: (remote: Comlink.Remote<Api>, ctx: JobContext) => Promise<T>): Promise<T> {
    return this.queue.enqueue(signal, (ctx) => this.guarded(() => job(this.remote, ctx)));
  }

  /** Ends the worker at once, without asking it to free anything (after a loss there is nothing left to free). */
  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.stopLocale();
    this.remote[Comlink.releaseProxy]();
    this.worker.terminate();
  }

  async dispose(): Promise<void> {
    if (this.terminated) return;
    const remote = this.remote as unknown as Comlink.Remote<WorkerApiBase>;
    try {
      if (!this.lostError) await Promise.race([remote.dispose(), new Promise((r) => setTimeout(r, 1000))]);
    } finally {
      this.terminate();
    }
  }

  private lose(loss: DeviceLoss): void {
    if (this.lostError) return;
    this.lostError = new GpuDeviceLostError(loss);
    this.rejectLost(this.lostError);
    this.lossListeners.emit(loss);
  }

  private guarded<T>(run: () => Promise<T>): Promise<T> {
    if (this.lostError) return Promise.reject(this.lostError);
    let failed = false;
    const result = run().catch((error: unknown) => {
      failed = true;
      return this.nameLoss(error);
    });
    // A call still running ends with the loss; one that already failed ends with its own error named as the loss.
    const lost = this.lostSignal.catch((error: unknown) => (failed ? result : Promise.reject(error)));
    return Promise.race([result, lost]);
  }

  /** A WebGPU call that failed is given a moment for the loss report, so the caller gets the named error. */
  private async nameLoss(error: unknown): Promise<never> {
    if (!this.lostError && this.backendKind === 'webgpu' && !isAbortError(error)) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.lostSignal.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, LOSS_GRACE_MS)))]);
      clearTimeout(timer);
    }
    throw this.lostError ? new GpuDeviceLostError(this.lostError.loss, { cause: error }) : error;
  }
}

export interface ModelBridges {
  text: WorkerBridge<TextApi>;
  image: WorkerBridge<ImageApi>;
  gan: WorkerBridge<GanApi>;
  diffuse: WorkerBridge<DiffuseApi>;
}

/** How the host starts each worker; test pages pass their own (entries with test-only calls). */
export type WorkerFactories = { [K in WorkerKind]: () => ModelBridges[K] } & { probe: () => WorkerBridge<ProbeApi> };

// Vite bundles a worker only from a literal `new URL(..., import.meta.url)` inside `new Worker(...)`.
export const APP_WORKERS: WorkerFactories = {
  text: () => new WorkerBridge<TextApi>(new Worker(new URL('../../../workers/text.worker.ts', import.meta.url), { type: 'module', name: 'text' })),
  image: () => new WorkerBridge<ImageApi>(new Worker(new URL('../../../workers/image.worker.ts', import.meta.url), { type: 'module', name: 'image' })),
  gan: () => new WorkerBridge<GanApi>(new Worker(new URL('../../../workers/gan.worker.ts', import.meta.url), { type: 'module', name: 'gan' })),
  diffuse: () => new WorkerBridge<DiffuseApi>(new Worker(new URL('../../../workers/diffuse.worker.ts', import.meta.url), { type: 'module', name: 'diffuse' })),
  probe: () => new WorkerBridge<ProbeApi>(new Worker(new URL('../../../workers/probe.worker.ts', import.meta.url), { type: 'module', name: 'probe' })),
};
