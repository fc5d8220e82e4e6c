// Shapes passed between the main thread and model workers (structured-clone safe, no DOM).
import type { ModelEntry } from './manifest';

/** Which backend the user (or a test) asks for; 'auto' = WebGPU when an adapter is granted, else WASM. */
export type BackendPreference = 'auto' | 'webgpu' | 'wasm';

/** Everything a worker needs to fetch, verify and open one model of the manifest. */
export interface ModelRef {
  suite: string;
  model: ModelEntry;
  /** Absolute URL of the folder that file paths are relative to (public/models/). */
  baseUrl: string;
}

/** Key under which a worker keeps a loaded model: "<suite>/<model id>". */
export function modelKey(ref: Pick<ModelRef, 'suite'> & { model: Pick<ModelEntry, 'id'> }): string {
  return `${ref.suite}/${ref.model.id}`;
}

/** Total download size of a model, shown before the download starts. */
export function modelBytes(model: ModelEntry): number {
  return model.files.reduce((sum, f) => sum + f.bytes, 0);
}

/** A float32 tensor as plain data, for crossing the worker boundary. */
export interface TensorData {
  data: Float32Array;
  dims: number[];
}
