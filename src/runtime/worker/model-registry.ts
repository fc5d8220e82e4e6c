// A worker's loaded models. It stores the load *promise*, so concurrent callers share one download.
import type * as ort from 'onnxruntime-web';
import type { BackendInfo, ProgressCallback } from '../../core/progress';
import { modelKey, type ModelRef } from '../../core/model-ref';
import type { ModelFile } from '../../core/manifest';
import { defaultModelCache, type ModelCache } from './model-cache';
import { fetchModelFile } from './model-fetch';
import { createSession } from './session-factory';

export interface LoadedModel {
  ref: ModelRef;
  /** One session per ONNX file, keyed by the file's path. */
  sessions: Map<string, ort.InferenceSession>;
  /** Non-ONNX files (tokenizer.json, config.json) as bytes, keyed by path. */
  assets: Map<string, Uint8Array>;
}

export class ModelRegistry {
  private readonly loads = new Map<string, Promise<LoadedModel>>();

  constructor(
    private readonly backend: () => BackendInfo,
    private readonly cache: ModelCache = defaultModelCache(),
  ) {}

  load(ref: ModelRef, onProgress?: ProgressCallback): Promise<LoadedModel> {
    const key = modelKey(ref);
    let pending = this.loads.get(key);
    if (!pending) {
      pending = this.open(ref, onProgress);
      this.loads.set(key, pending);
      // A failed load is forgotten so the next call tries again: the worker stays usable.
      pending.catch(() => this.loads.delete(key));
    }
    return pending;
  }

  /** The model loaded under this key, or a clear error naming it. */
  async get(key: string): Promise<LoadedModel> {
    const pending = this.loads.get(key);
    if (!pending) throw new Error(`Model ${key} is not loaded; call load() first.`);
    return pending;
  }

  keys(): string[] {
    return [...this.loads.keys()];
  }

  async unload(key: string): Promise<void> {
    const pending = this.loads.get(key);
    this.loads.delete(key);
    const model = await pending?.catch(() => undefined);
    for (const s of model?.sessions.values() ?? []) await s.release();
  }

  async dispose(): Promise<void> {
    for (const key of this.keys()) await this.unload(key);
  }

  private async open(ref: ModelRef, onProgress?: ProgressCallback): Promise<LoadedModel> {
    const model = ref.model.id;
    const sessions = new Map<string, ort.InferenceSession>();
    const assets = new Map<string, Uint8Array>();
    try {
      // All downloads first, so a bad file fails before any session is built.
      const files: [ModelFile, Uint8Array][] = [];
      for (const file of ref.model.files) {
        files.push([file, await fetchModelFile({ model, file, baseUrl: ref.baseUrl, cache: this.cache, onProgress })]);
      }
      for (const [file, bytes] of files) {
        if (file.path.endsWith('.onnx')) sessions.set(file.path, await createSession(bytes, file, this.backend()));
        else assets.set(file.path, bytes);
      }
    } catch (err) {
      for (const s of sessions.values()) await s.release();
      onProgress?.({ status: 'error', model, file: (err as { file?: string }).file, message: (err as Error).message });
      throw err;
    }
    onProgress?.({ status: 'ready', model, backend: this.backend() });
    return { ref, sessions, assets };
  }
}
