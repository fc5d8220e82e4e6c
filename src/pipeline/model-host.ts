// Main-thread owner of the model manifest and per-model UI state; the work happens in workers.
import type { Manifest, ModelEntry } from '../shared/manifest';
import type { BackendInfo, ModelState, ProgressEvent } from '../shared/progress';
import { checkManifest } from '../shared/manifest-schema';
import { modelBytes, type BackendPreference, type ModelRef } from '../shared/model-ref';
import { DemoBridge } from './demo-bridge';
import { createBridge, WORKER_OF_TASK, type ModelBridges, type WorkerKind } from './model-bridge';

export interface ModelHostOptions {
  backend?: BackendPreference;
  /** Defaults to models/manifest.json under the app's base URL. */
  manifestUrl?: string;
  /** Suite id from the user's settings; a `?suite=` URL parameter wins over it. */
  suite?: string;
}

export interface ModelListing {
  suite: string;
  model: ModelEntry;
  bytes: number;
}

export type ModelStateListener = (modelId: string, state: ModelState) => void;
export type ModelEventListener = (event: ProgressEvent) => void;

export class ModelHost {
  private readonly states = new Map<string, ModelState>();
  private readonly listeners = new Set<ModelStateListener>();
  private readonly eventListeners = new Set<ModelEventListener>();
  private backendInfo?: Promise<BackendInfo>;
  /** Model workers by kind, started on first use: a studio in retrieval mode never starts the diffuse worker. */
  private readonly bridges = new Map<WorkerKind, ModelBridges[WorkerKind]>();

  private constructor(
    private readonly manifestData: Manifest,
    /** Suite whose models the panel lists. */
    readonly suite: string,
    private readonly baseUrl: string,
    private readonly preference: BackendPreference,
    private readonly bridge: DemoBridge,
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
    return new ModelHost(manifest, suite, baseUrl, opts.backend ?? 'auto', DemoBridge.create(), warnings);
  }

  /** Backend the model worker chose (asks the worker once). */
  backend(): Promise<BackendInfo> {
    this.backendInfo ??= this.bridge.init(this.preference);
    return this.backendInfo;
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
    const loadedByFile = new Map<string, number>();
    const onProgress = (e: ProgressEvent) => {
      for (const cb of this.eventListeners) cb(e);
      if (e.status !== 'progress') return;
      loadedByFile.set(e.file, e.loaded);
      const loaded = [...loadedByFile.values()].reduce((a, b) => a + b, 0);
      const percent = listing.bytes > 0 ? Math.min(100, Math.round((100 * loaded) / listing.bytes)) : 100;
      this.setState(modelId, { state: 'downloading', percent });
    };
    try {
      if (listing.model.task === 'demo') await this.bridge.load(ref, { signal: opts.signal, onProgress });
      else {
        const bridge = this.worker(WORKER_OF_TASK[listing.model.task]);
        await bridge.init(this.preference);
        await bridge.load(ref, { signal: opts.signal, onProgress });
      }
      this.setState(modelId, { state: 'ready', backend: await this.backend() });
    } catch (err) {
      const aborted = (err as Error).name === 'AbortError';
      this.setState(modelId, aborted ? { state: 'not-loaded' } : { state: 'failed', reason: (err as Error).message });
      throw err;
    }
  }

  /** Subscribes to model state changes; returns the unsubscribe function. */
  onState(cb: ModelStateListener): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Subscribes to the raw progress events of loads (warnings such as "storage is full" arrive here). */
  onEvent(cb: ModelEventListener): () => void {
    this.eventListeners.add(cb);
    return () => this.eventListeners.delete(cb);
  }

  /** The worker bridge, for pipeline code and tests that run the demo model. */
  get demo(): DemoBridge {
    return this.bridge;
  }

  /** The bridge to one model worker (text, image, gan, diffuse), started on first use. */
  worker<K extends WorkerKind>(kind: K): ModelBridges[K] {
    let bridge = this.bridges.get(kind) as ModelBridges[K] | undefined;
    if (!bridge) {
      bridge = createBridge[kind]() as ModelBridges[K];
      this.bridges.set(kind, bridge);
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
    const bridges = [...this.bridges.values()];
    this.bridges.clear();
    await Promise.all([this.bridge.dispose(), ...bridges.map((b) => b.dispose())]);
  }

  private setState(modelId: string, state: ModelState): void {
    this.states.set(modelId, state);
    for (const cb of this.listeners) cb(modelId, state);
  }
}

async function fetchManifest(url: string): Promise<Manifest> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw new Error(`Could not fetch the model manifest ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new Error(`Could not fetch the model manifest ${url}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`The model manifest ${url} is not valid JSON.`);
  }
  return checkManifest(json);
}

function chooseSuite(manifest: Manifest, requested: string | null | undefined, warnings: string[]): string {
  if (!requested || manifest.suites.some((s) => s.id === requested)) return requested || manifest.defaultSuite;
  const known = manifest.suites.map((s) => s.id).join(', ');
  warnings.push(`Unknown model suite "${requested}" (known: ${known}); using "${manifest.defaultSuite}".`);
  return manifest.defaultSuite;
}
