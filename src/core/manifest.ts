// Types of public/models/manifest.json: suites → models → files. The schema check lives in manifest-schema.ts.
export type DType = 'fp32' | 'fp16' | 'int8' | 'uint8' | 'q4';

export interface TensorSpec {
  name: string;
  /** Dimensions; strings are symbolic (e.g. "batch"). */
  shape: (number | string)[];
  type: 'float32' | 'float16' | 'int64' | 'int32' | 'uint8' | 'int8';
  /** Sizes for the load-time warm-up run where its rule (symbolic dims → 1, height/width → 8) would not fit the graph,
   *  e.g. inputs whose sizes depend on each other (an image and a guide 4× its size). */
  warmup?: number[];
}

export interface ModelFile {
  /** Path relative to public/models/. */
  path: string;
  bytes: number;
  sha256: string;
  /** Present for ONNX graphs; other files (tokenizer.json, config.json) omit it. */
  dtype?: DType;
  inputs?: TensorSpec[];
  outputs?: TensorSpec[];
}

export interface ModelEntry {
  /** Stable id within the suite, e.g. "text_encoder". */
  id: string;
  title: string;
  /** Role in the pipeline: which worker loads it. */
  task: 'text' | 'image' | 'gan' | 'diffuse' | 'depth' | 'demo';
  files: ModelFile[];
  /** Free-form notes, e.g. "smoke weights: not trained". */
  notes?: string;
}

export interface ModelSuite {
  id: string;
  title: string;
  licence: string;
  models: ModelEntry[];
}

export interface Manifest {
  version: 1;
  defaultSuite: string;
  suites: ModelSuite[];
}
