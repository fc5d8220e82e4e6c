// Demo model worker: runs the tiny MLP of the demo suite (or any single-input float32 graph) end to end.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import type { BackendInfo, ProgressCallback } from '../src/core/progress';
import type { BackendPreference, ModelRef, TensorData } from '../src/core/model-ref';
import { WorkerRuntime } from '../src/runtime/worker/worker-runtime';
import { setLocale, type Locale } from '../src/core/i18n';

// WorkerRuntime watches the GPU device like every model worker's, so a reset reaches the badge and the panel.
const runtime = new WorkerRuntime();

async function runOnce(key: string, input: TensorData): Promise<TensorData> {
  const loaded = await runtime.models.get(key);
  const [path, session] = [...loaded.sessions][0] ?? [];
  if (!session) throw new Error(`Model ${key} has no ONNX graph.`);
  const file = loaded.ref.model.files.find((f) => f.path === path);
  const inputName = file?.inputs?.[0]?.name ?? session.inputNames[0];
  const outputName = file?.outputs?.[0]?.name ?? session.outputNames[0];
  const feed = new ort.Tensor('float32', input.data, input.dims);
  try {
    const outputs = await session.run({ [inputName]: feed });
    const out = outputs[outputName];
    // getData copies off the GPU when needed; then every output tensor is freed.
    const data = (await out.getData()) as Float32Array;
    const result = { data: new Float32Array(data), dims: [...out.dims] };
    for (const t of Object.values(outputs)) t.dispose();
    return result;
  } finally {
    feed.dispose();
  }
}

const api = {
  /** Chooses the backend once; later calls return the first choice. */
  init: (preference: BackendPreference = 'auto', locale?: Locale): Promise<BackendInfo> => runtime.init(preference, locale),
  setLocale: (locale: Locale) => setLocale(locale),
  backend: (): BackendInfo | null => runtime.backend(),

  async load(ref: ModelRef, onProgress?: ProgressCallback): Promise<void> {
    await runtime.load(ref, onProgress);
  },

  async run(jobId: number, key: string, input: TensorData, onProgress?: ProgressCallback): Promise<TensorData> {
    return (await api.runMany(jobId, key, input, 1, onProgress)).output;
  },

  /** n calls in a row, feeding the same input; checks for cancellation between calls. */
  runMany(jobId: number, key: string, input: TensorData, n: number, onProgress?: ProgressCallback): Promise<{ completed: number; output: TensorData }> {
    return runtime.job(jobId, async (checkpoint) => {
      let output: TensorData = { data: new Float32Array(0), dims: [0] };
      for (let step = 0; step < n; step++) {
        await checkpoint();
        output = await runOnce(key, input);
        onProgress?.({ status: 'step', stage: 'demo', step: step + 1, total: n });
      }
      return { completed: n, output };
    }, onProgress);
  },

  cancel: (jobId: number): void => runtime.cancellation.cancel(jobId),
  unload: (key: string): Promise<void> => runtime.models.unload(key),
  dispose: (): Promise<void> => runtime.dispose(),
};

export type DemoApi = typeof api;

Comlink.expose(api);
