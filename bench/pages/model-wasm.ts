// Page for bench/wasm-vs-node.ts: one model on onnxruntime-web WASM in a dedicated worker, as the app runs its models
// (src/runtime/worker: threads, no proxy, the app's session options), driven one call at a time from Node.
import * as Comlink from 'comlink';
import type { ModelWasmWorker } from './model-wasm-worker';

const worker = Comlink.wrap<ModelWasmWorker>(new Worker(new URL('./model-wasm-worker.ts', import.meta.url), { type: 'module' }));
(window as unknown as { modelWasm: typeof worker }).modelWasm = worker;
document.body.dataset.ready = 'true';
