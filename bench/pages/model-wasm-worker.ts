// The model-wasm page's worker: opens one session with given options, times single calls, returns ORT's profile.
import * as Comlink from 'comlink';
import type * as Ort from 'onnxruntime-web';
import plainWasm from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import plainMjs from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import jsepWasm from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import jsepMjs from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.mjs?url';

export interface RawFeed { type: 'float32' | 'int64'; dims: number[]; data: number[] }
export interface OpenRequest {
  modelUrl: string;
  feeds: Record<string, RawFeed>;
  threads: number;
  /** Passed to InferenceSession.create (executionProviders is always ['wasm']). */
  options: Record<string, unknown>;
  /** Which ORT build: the default (with WebGPU: the JSEP/asyncify binary) or onnxruntime-web/wasm (CPU only). */
  build: 'default' | 'wasm' | 'jsep-files' | 'plain-files';
  /** Turns on ORT's profiler; in WASM it prints its events to the console when profiling ends. */
  profile: boolean;
}

let ort: typeof Ort | undefined;
let session: Ort.InferenceSession | undefined;
let feeds: Record<string, Ort.Tensor> = {};
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
    if (!ort) {
      ort = req.build === 'wasm' ? await import('onnxruntime-web/wasm') : await import('onnxruntime-web');
      const files = { 'jsep-files': [jsepWasm, jsepMjs], 'plain-files': [plainWasm, plainMjs] }[req.build as string];
      if (files) ort.env.wasm.wasmPaths = { wasm: new URL(files[0], location.href).href, mjs: new URL(files[1], location.href).href };
    }
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
    if (!session || !ort) throw new Error('open() first');
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
