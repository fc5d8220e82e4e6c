// Main-thread owner of the model manifest and per-model UI state; the work happens in workers.
import { Listeners } from '../../core/listeners';
import type { Manifest, ModelEntry } from '../../core/manifest';
import type { BackendInfo, ModelState, ProgressEvent } from '../../core/progress';
import { checkManifest } from '../../core/manifest-schema';
import { modelBytes, type BackendPreference, type ModelRef } from '../../core/model-ref';
import { isGpuDeviceLost, type DeviceLoss } from '../../core/device-loss';
import { APP_DEFAULTS_FILE, parseAppDefaults, type AppDefaults } from '../../core/app-defaults';
import { Once } from '../../core/once';
import { t } from '../../core/i18n';
import type { ProbeApi } from '../../../workers/probe.worker';
import { DemoBridge } from './demo-bridge';
import { APP_WORKERS, WORKER_OF_TASK, type ModelBridges, type WorkerBridge, type WorkerFactories, type WorkerKind } from './worker-bridge';
import { modelsAfterLoss } from './device-loss-bookkeeping';
import { LoadTracker } from './load-tracker';

export interface ModelHostOptions {
  backend?: BackendPreference;
  /** Defaults to models/manifest.json under the app's base URL. */
  manifestUrl?: string;
  /** Suite id from the user's settings; a `?suite=` URL parameter wins over it. */
  suite?: string;
  /** How workers start; test pages pass entries with test-only calls. */
  workers?: WorkerFactories;
}

export interface ModelListing {
  suite: string;
  model: ModelEntry;
  bytes: number;
}

export type ModelStateListener = (modelId: string, state: ModelState) => void;
export type ModelEventListener = (event: ProgressEvent) => void;
/** The backend the badge should name: undefined while it is probed again after a GPU loss, or with the probe's error. */
export type BackendListener = (info: BackendInfo | undefined, error?: Error) => void;
/** Called after the author switched the backend: every worker was ended, so pipelines built on them start afresh. */
export type RestartListener = (preference: BackendPreference) => void;
/** 'demo' is the demo suite's worker: it holds none of the strip's models. */
export type DeviceLossListener = (loss: DeviceLoss & { worker: WorkerKind | 'demo' }) => void;

export class ModelHost {
  private readonly states = new Map<string, ModelState>();
  private readonly listeners = new Listeners<Parameters<ModelStateListener>>();
  private readonly eventListeners = new Listeners<Parameters<ModelEventListener>>();
  private readonly backendListeners = new Listeners<Parameters<BackendListener>>();
  private readonly lossListeners = new Listeners<Parameters<DeviceLossListener>>();
  private readonly restartListeners = new Listeners<Parameters<RestartListener>>();
  private backendInfo?: Promise<BackendInfo>;
  private reprobe?: Promise<unknown>;
  private defaults?: Once<AppDefaults>;
  /** Runs the demo suite's models; started on the first demo load (runtime tests), never by the studio's own suites. */
  private demoBridge?: DemoBridge;
  /** Model workers by kind, started on first use: a studio in retrieval mode never starts the diffuse worker. */
  private readonly bridges = new Map<WorkerKind, ModelBridges[WorkerKind]>();

  private constructor(
    private readonly manifestData: Manifest,
    /** Suite whose models the panel lists. */
    readonly suite: string,
    private readonly baseUrl: string,
    private preference: BackendPreference,
    private readonly workers: WorkerFactories,
    /** Probes the backend for the badge without loading a model; replaced after a GPU loss to probe afresh. */
    private probe: WorkerBridge<ProbeApi>,
    /** Problems that did not stop the host (e.g. an unknown ?suite=), for the message area. */
    readonly warnings: readonly string[],
  ) {}

  /** Fetches and schema-checks the manifest, then starts the worker. Rejects with a clear message if the manifest is bad. */
  static async create(opts: ModelHostOptions = {}): Promise<ModelHost> {
    const manifestUrl = new URL(opts.manifestUrl ?? `${import.meta.env.BASE_URL}models/manifest.json`, location.href).href;
    const manifest = await fetchManifest(manifestUrl);
    const warnings: string[] = [];
    const suite = chooseSuite(manifest, new URLSearchParams(location.search).get('suite') ?? opts.suite, warnings);
    const baseUrl = new URL('.', manifestUrl).href;
    const workers = opts.workers ?? APP_WORKERS;
    return new ModelHost(manifest, suite, baseUrl, opts.backend ?? 'auto', workers, workers.probe(), warnings);
  }

  /** Backend the probe chose (asks once; again after a GPU loss). */
  backend(): Promise<BackendInfo> {
    this.backendInfo ??= this.probe.init(this.preference);
    return this.backendInfo;
  }

  /** The suite's app-defaults.json (sampling, panel, styles, prompts), fetched once and checked. */
  appDefaults(): Promise<AppDefaults> {
    this.defaults ??= new Once(() => fetchAppDefaults(new URL(`${this.suite}/${APP_DEFAULTS_FILE}`, this.baseUrl).href));
    return this.defaults.get();
  }

  /** The sha256 of a model's ONNX graph in the manifest: what tells embeddings of one tower from another's. */
  modelSha256(modelId: string): string | undefined {
    return this.models().find((m) => m.model.id === modelId)?.model.files.find((f) => f.path.endsWith('.onnx'))?.sha256;
  }

  async manifest(): Promise<Manifest> {
    return this.manifestData;
  }

  /** Models of the active suite with their download sizes, known before any download. */
  models(): ModelListing[] {
    const suite = this.manifestData.suites.find((s) => s.id === this.suite);
    return (suite?.models ?? []).map((model) => ({ suite: this.suite, model, bytes: modelBytes(model) }));
  }

  state(modelId: string): ModelState {
    return this.states.get(modelId) ?? { state: 'not-loaded' };
  }

  /** Downloads, verifies and opens a model in its worker. Concurrent calls share one download. */
  async load(modelId: string, opts: { signal?: AbortSignal } = {}): Promise<void> {
    const listing = this.models().find((m) => m.model.id === modelId);
    if (!listing) throw new Error(`Model "${modelId}" is not in suite "${this.suite}".`);
    const ref: ModelRef = { suite: this.suite, model: listing.model, baseUrl: this.baseUrl };
    await this.backend();
    if (this.state(modelId).state !== 'ready') this.setState(modelId, { state: 'downloading', percent: 0 });
    const tracker = new LoadTracker(listing.bytes, (state) => this.setState(modelId, state));
    const onProgress = (e: ProgressEvent) => {
      this.eventListeners.emit(e);
      tracker.progress(e);
    };
    try {
      let backend: BackendInfo;
      if (listing.model.task === 'demo') {
        backend = await this.demo.init(this.preference);
        this.noteWorkerBackend(backend);
        await this.demo.load(ref, { signal: opts.signal, onProgress });
      } else {
        const bridge = this.worker(WORKER_OF_TASK[listing.model.task]);
        // The worker's own choice: after a GPU loss a fresh worker may get WASM where the first one had WebGPU.
        backend = await bridge.init(this.preference);
        this.noteWorkerBackend(backend);
        await bridge.load(ref, { signal: opts.signal, onProgress });
      }
      tracker.settle({ state: 'ready', backend });
    } catch (err) {
      // A lost device took the half-loaded model with it: it is simply not loaded, and loads again on the next use.
      const gone = (err as Error).name === 'AbortError' || isGpuDeviceLost(err);
      tracker.settle(gone ? { state: 'not-loaded' } : { state: 'failed', reason: (err as Error).message });
      throw err;
    }
  }

  /** Subscribes to model state changes; returns the unsubscribe function. */
  onState(cb: ModelStateListener): () => void {
    return this.listeners.add(cb);
  }

  /** Subscribes to the raw progress events of loads (warnings such as "storage is full" arrive here). */
  onEvent(cb: ModelEventListener): () => void {
    return this.eventListeners.add(cb);
  }

  /** Subscribes to the badge's backend: a new value after a GPU loss, once the fresh probe answers. */
  onBackend(cb: BackendListener): () => void {
    return this.backendListeners.add(cb);
  }

  /** Subscribes to GPU device losses: one call per worker that lost its device, already terminated and forgotten. */
  onDeviceLost(cb: DeviceLossListener): () => void {
    return this.lossListeners.add(cb);
  }

  /** Subscribes to backend switches (setPreference); returns the unsubscribe function. */
  onRestart(cb: RestartListener): () => void {
    return this.restartListeners.add(cb);
  }

  get backendPreference(): BackendPreference {
    return this.preference;
  }

  /**
   * The author's backend switch, applied in place: a worker's ORT picks its backend once, so every worker is ended
   * and its models marked not loaded; the next use starts fresh ones. The host (and the draft, the strip) stays.
   */
  setPreference(preference: BackendPreference): void {
    if (preference === this.preference) return;
    this.preference = preference;
    const bridges = [...this.bridges.values()];
    this.bridges.clear();
    for (const bridge of bridges) bridge.terminate();
    if (this.demoBridge) {
      void this.demoBridge.dispose().catch(() => undefined);
      this.demoBridge = undefined;
    }
    for (const { model } of this.models()) {
      if (this.state(model.id).state !== 'not-loaded') this.setState(model.id, { state: 'not-loaded' });
    }
    this.reprobe = undefined;
    this.probeAgain();
    this.restartListeners.emit(preference);
  }

  /** The demo suite's worker, started on first use (runtime tests and benches). */
  get demo(): DemoBridge {
    if (!this.demoBridge) {
      const bridge = DemoBridge.create();
      this.demoBridge = bridge;
      bridge.onDeviceLost((loss) => this.demoLost(bridge, loss));
    }
    return this.demoBridge;
  }

  /** The bridge to one model worker (text, image, gan, diffuse), started on first use. */
  worker<K extends WorkerKind>(kind: K): ModelBridges[K] {
    let bridge = this.bridges.get(kind) as ModelBridges[K] | undefined;
    if (!bridge) {
      const created = this.workers[kind]() as ModelBridges[K];
      created.onDeviceLost((loss) => this.deviceLost(kind, created, loss));
      this.bridges.set(kind, created);
      bridge = created;
    }
    return bridge;
  }

  /** URL of the active suite's shipped gallery folder (public/gallery/<suite>/). */
  get galleryUrl(): string {
    return new URL(`../gallery/${this.suite}/`, this.baseUrl).href;
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
    this.eventListeners.clear();
    this.backendListeners.clear();
    this.lossListeners.clear();
    this.restartListeners.clear();
    const bridges = [...this.bridges.values()];
    this.bridges.clear();
    await Promise.all([this.probe.dispose(), this.demoBridge?.dispose(), ...bridges.map((b) => b.dispose())]);
  }

  /**
   * A worker's GPU device is gone, and its ORT sessions with it: end the worker, mark its models not loaded,
   * and let the next use start a fresh one (WebGPU again if the browser grants an adapter, else WASM).
   */
  private deviceLost(kind: WorkerKind, bridge: ModelBridges[WorkerKind], loss: DeviceLoss): void {
    if (this.bridges.get(kind) !== bridge) return;
    this.bridges.delete(kind);
    bridge.terminate();
    for (const id of modelsAfterLoss(this.models().map((m) => m.model), (id) => this.state(id), kind)) {
      this.setState(id, { state: 'not-loaded' });
    }
    this.probeAgain();
    this.lossListeners.emit({ ...loss, worker: kind });
  }

  /** The demo worker holds a device once it runs a demo model on WebGPU: its loss re-probes like any worker's. */
  private demoLost(bridge: DemoBridge, loss: DeviceLoss): void {
    if (this.demoBridge !== bridge) return;
    this.demoBridge = undefined;
    void bridge.dispose().catch(() => undefined);
    for (const { model } of this.models()) {
      if (model.task === 'demo' && this.state(model.id).state !== 'not-loaded') this.setState(model.id, { state: 'not-loaded' });
    }
    this.probeAgain();
    this.lossListeners.emit({ ...loss, worker: 'demo' });
  }

  /** The badge must not keep naming a device that is gone: a fresh probe asks the browser again. */
  private probeAgain(): void {
    // One GPU reset reaches every worker at about the same time: one probe answers for all of them.
    if (this.reprobe) return;
    const old = this.probe;
    this.probe = this.workers.probe();
    void old.dispose().catch(() => undefined);
    this.backendInfo = undefined;
    this.emitBackend(undefined);
    const probe = this.backend();
    // A switch can retire this probe before it answers: only the current one may speak for the badge.
    const current = () => this.backendInfo === probe;
    const reprobe: Promise<unknown> = probe
      .then((info) => current() && this.emitBackend(info), (error: Error) => current() && this.emitBackend(undefined, error))
      .finally(() => {
        if (this.reprobe === reprobe) this.reprobe = undefined;
      });
    this.reprobe = reprobe;
  }

  /** A model worker's own backend wins over the probe's, so the badge names what the models really run on. */
  private noteWorkerBackend(info: BackendInfo): void {
    void this.backend().then((shown) => {
      if (shown.kind === info.kind) return;
      this.backendInfo = Promise.resolve(info);
      this.emitBackend(info);
    }, () => undefined);
  }

  private emitBackend(info: BackendInfo | undefined, error?: Error): void {
    this.backendListeners.emit(info, error);
  }

  private setState(modelId: string, state: ModelState): void {
    this.states.set(modelId, state);
    this.listeners.emit(modelId, state);
  }
}

/** `what` names the file in the errors: "the model manifest", "the suite defaults". */
async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw new Error(t('models.fetchFailed', { what, url, error: (err as Error).message }));
  }
  if (!response.ok) throw new Error(t('models.fetchFailed', { what, url, error: `HTTP ${response.status}` }));
  try {
    return await response.json();
  } catch {
    const text = t('models.notJson', { what, url });
    throw new Error(text[0].toUpperCase() + text.slice(1));
  }
}

async function fetchManifest(url: string): Promise<Manifest> {
  return checkManifest(await fetchJson(url, t('models.whatManifest')));
}

async function fetchAppDefaults(url: string): Promise<AppDefaults> {
  return parseAppDefaults(await fetchJson(url, t('models.whatDefaults')), url);
}

function chooseSuite(manifest: Manifest, requested: string | null | undefined, warnings: string[]): string {
  if (!requested || manifest.suites.some((s) => s.id === requested)) return requested || manifest.defaultSuite;
  const known = manifest.suites.map((s) => s.id).join(', ');
  warnings.push(t('models.unknownSuite', { suite: requested, known, fallback: manifest.defaultSuite }));
  return manifest.defaultSuite;
}
