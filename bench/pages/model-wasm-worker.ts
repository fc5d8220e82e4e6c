// The model-wasm page's worker: opens one session with given options, times single calls, returns ORT's profile.
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web';
import { BINARY_URLS, type WasmBinary } from '../../src/runtime/worker/backend';

export interface RawFeed { type: 'float32' | 'int64'; dims: number[]; data: number[] }
export interface OpenRequest {
  modelUrl: string;
  feeds: Record<string, RawFeed>;
  threads: number;
  /** Passed to InferenceSession.create (executionProviders is always ['wasm']). */
  options: Record<string, unknown>;
  /** ORT's binary: 'cpu' as the app's WASM workers load it, 'jsep' (Asyncify, for WebGPU) as they did before. */
  binary: WasmBinary;
  /** Turns on ORT's profiler; in WASM it prints its events to the console when profiling ends. */
  profile: boolean;
}

let session: ort.InferenceSession | undefined;
let binary: WasmBinary | undefined;
let feeds: Record<string, ort.Tensor> = {};
const log: string[] = [];

let capturing = false;
// Emscripten binds console.log when ORT's module starts: the capture must be in place before the first session.
for (const k of ['log', 'info', 'warn', 'debug'] as const) {
  const original = console[k].bind(console);
  console[k] = (...a: unknown[]) => (capturing ? log.push(a.map(String).join(' ')) : original(...a));
}

const api = {
  async open(req: OpenRequest): Promise<{ isolated: boolean; threads: number; createMs: number }> {
    await session?.release();
    // ORT loads its binary once per worker: the page makes a new worker for another.
    if (binary && binary !== req.binary) throw new Error(`this worker runs ORT's ${binary} binary; open a new page for ${req.binary}`);
    binary = req.binary;
    const urls = BINARY_URLS[req.binary];
    ort.env.wasm.wasmPaths = { wasm: new URL(urls.wasm, location.href).href, mjs: new URL(urls.mjs, location.href).href };
    ort.env.wasm.numThreads = req.threads;
    ort.env.wasm.proxy = false;
    // ORT prints the profile through its logger, at the verbose level.
    capturing = req.profile;
    if (req.profile) ort.env.logLevel = 'verbose';
    const t0 = performance.now();
    session = await ort.InferenceSession.create(req.modelUrl, {
      executionProviders: ['wasm'], ...req.options, ...(req.profile ? { enableProfiling: true, logSeverityLevel: 0 as const } : {}),
    });
    const createMs = performance.now() - t0;
    const { Tensor } = ort;
    feeds = Object.fromEntries(Object.entries(req.feeds).map(([n, t]) => [n, t.type === 'int64'
      ? new Tensor('int64', BigInt64Array.from(t.data, (v) => BigInt(Math.round(v))), t.dims)
      : new Tensor('float32', Float32Array.from(t.data), t.dims)]));
    return { isolated: crossOriginIsolated, threads: ort.env.wasm.numThreads ?? 1, createMs };
  },
  /** One call; ms from run() to its outputs in hand (inputs are reused: they stay on the JS side). */
  async run(): Promise<number> {
    if (!session) throw new Error('open() first');
    const t = performance.now();
    const out = await session.run(feeds);
    const ms = performance.now() - t;
    for (const o of Object.values(out)) o.dispose();
    return ms;
  },
  /** Ends profiling and returns the trace events ORT printed (Chrome trace format, as onnxruntime-node writes to a file). */
  async endProfiling(): Promise<unknown[]> {
    if (!session) throw new Error('open() first');
    log.length = 0;
    await session.endProfiling();
    const text = log.join('\n');
    capturing = false;
    ort.env.logLevel = 'warning';
    const start = text.indexOf('[\n{');
    if (start < 0) throw new Error(`no profile in ORT's output (${log.length} lines)`);
    return JSON.parse(text.slice(start, text.lastIndexOf(']') + 1)) as unknown[];
  },
};
export type ModelWasmWorker = typeof api;
Comlink.expose(api);
