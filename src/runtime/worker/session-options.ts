// The session options every model of the app opens with (session-factory.ts adds the execution provider and, on
// WebGPU, where outputs stay); bench/wasm-vs-node.ts opens its browser sessions with the same.
import type * as ort from 'onnxruntime-web';

export function wasmSessionOptions(): ort.InferenceSession.SessionOptions {
  return { graphOptimizationLevel: 'all' };
}
