// The same ONNX file on onnxruntime-web WASM (Debian's Chromium, in a worker, with the app's session options) and on
// onnxruntime-node (as tools/cli/node-engine.ts opens it), calls interleaved one for one so the shared machine's load
// falls on both alike: medians and the median of the per-pair ratios. With --profile, ORT's profiler on both sides,
// summed per op type. Prints figures; nothing passes or fails on time.
// npm run bench:wasm-vs-node -- [--models unet,vae_decoder,conv,matmul] [--threads 2] [--pairs 12] [--profile] [--by-node]
//   [--binary cpu|jsep]   ORT's WASM binary in the page: cpu as the app's WASM workers load it, jsep as they did before
//   [--file unet=PATH]    another file for a model (e.g. an fp32 copy)
//   [--web-options JSON]  session options to try on top of the app's (src/runtime/worker/session-options.ts)
//   [--js-flags FLAGS]    V8 flags for Chromium, to test a cause (e.g. --no-liftoff), never the app's setting
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import type { Page } from 'playwright-core';
import type { ModelWasmWorker, OpenRequest, RawFeed } from './pages/model-wasm-worker';
import { openModelBenchPage } from './lib/model-bench-page';
import { convModel, matMulModel } from './lib/micro-graphs';
import { unetCall, vaeDecoderCall } from './lib/model-feeds';
import { opTimes, type OpTimes, type TraceEvent } from './lib/ort-profile';
import { median } from './lib/top-k-timing';
import type { RawTensor } from '../test/e2e/pages/workers/raw-run';
import { wasmSessionOptions } from '../src/runtime/worker/session-options';

const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i < 0 ? undefined : argv[i + 1]; };
const byNode = argv.includes('--by-node');
const threads = Number(opt('threads') ?? 2), pairs = Number(opt('pairs') ?? 12), profile = argv.includes('--profile');
const webOptions = { ...wasmSessionOptions(), ...JSON.parse(opt('web-options') ?? '{}') as Record<string, unknown> };
const files = new Map(argv.flatMap((a, i) => (argv[i - 1] === '--file' ? [a.split('=') as [string, string]] : [])));
const binary = (opt('binary') ?? 'cpu') as OpenRequest['binary'];
const models = (opt('models') ?? 'unet,vae_decoder,conv,matmul').split(',');
const SUITE = 'public/models/toon-mini';
const LATENT = (JSON.parse(readFileSync(`${SUITE}/unet/config.json`, 'utf8')) as { sample_size: number }).sample_size;

interface Case { id: string; label: string; bytes: Uint8Array; feeds: Record<string, RawTensor> }
function caseOf(id: string): Case {
  const file = () => readFileSync(files.get(id) ?? `${SUITE}/${id}/model.onnx`);
  switch (id) {
    case 'unet': return { id, ...unetCall(LATENT), bytes: file() };
    case 'vae_decoder': return { id, ...vaeDecoderCall(LATENT), bytes: file() };
    case 'conv': return { id, ...convModel() };
    case 'matmul': return { id, ...matMulModel() };
    default: throw new Error(`--models: unknown "${id}" (unet, vae_decoder, conv, matmul)`);
  }
}

const plain = (feeds: Record<string, RawTensor>): Record<string, RawFeed> =>
  Object.fromEntries(Object.entries(feeds).map(([n, t]) => [n, { ...t, data: Array.from(t.data) }]));
const nodeFeeds = (feeds: Record<string, RawTensor>) => Object.fromEntries(Object.entries(feeds).map(([n, t]) => [n, t.type === 'int64'
  ? new ortNode.Tensor('int64', BigInt64Array.from(Array.from(t.data, (v) => BigInt(Math.round(v)))), t.dims)
  : new ortNode.Tensor('float32', Float32Array.from(t.data), t.dims)]));
type Win = Window & { modelWasm: ModelWasmWorker };
const web = {
  open: (page: Page, req: OpenRequest) => page.evaluate((r) => (window as unknown as Win).modelWasm.open(r), req),
  run: (page: Page) => page.evaluate(() => (window as unknown as Win).modelWasm.run()),
  endProfiling: (page: Page) => page.evaluate(() => (window as unknown as Win).modelWasm.endProfiling()) as Promise<TraceEvent[]>,
};
const nodeSession = (bytes: Uint8Array, profileDir?: string) => ortNode.InferenceSession.create(bytes, {
  intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all',
  ...(profileDir ? { enableProfiling: true, profileFilePrefix: join(profileDir, 'node') } : {}),
});
const time = async (f: () => Promise<unknown>) => { const t = performance.now(); await f(); return performance.now() - t; };

async function compare(page: Page, modelUrl: string, c: Case) {
  const feeds = nodeFeeds(c.feeds);
  const node = await nodeSession(c.bytes);
  const info = await web.open(page, { modelUrl, feeds: plain(c.feeds), threads, options: webOptions, binary, profile: false });
  await node.run(feeds);
  await web.run(page);
  const n: number[] = [], w: number[] = [], r: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which side goes first, so neither always runs right after the other.
    let nodeMs = 0, webMs = 0;
    if (i % 2) { webMs = await web.run(page); nodeMs = await time(() => node.run(feeds)); }
    else { nodeMs = await time(() => node.run(feeds)); webMs = await web.run(page); }
    n.push(nodeMs); w.push(webMs); r.push(webMs / nodeMs);
  }
  await node.release();
  if (process.env.BENCH_SEQ) console.log(`  browser calls in order: ${w.map((m) => m.toFixed(0)).join(' ')}; node: ${n.map((m) => m.toFixed(0)).join(' ')}`);
  return { info, node: median(n), web: median(w), ratio: median(r) };
}

async function profileBoth(page: Page, modelUrl: string, c: Case, calls = 4): Promise<{ node: OpTimes; web: OpTimes }> {
  const dir = mkdtempSync(join(tmpdir(), 'ort-profile-'));
  try {
    const feeds = nodeFeeds(c.feeds);
    const node = await nodeSession(c.bytes, dir);
    await web.open(page, { modelUrl, feeds: plain(c.feeds), threads, options: webOptions, binary, profile: true });
    for (let i = 0; i <= calls; i++) { await node.run(feeds); await web.run(page); }
    node.endProfiling();
    await node.release();
    const [file] = readdirSync(dir);
    const by = byNode ? 'node' : 'op';
    return { node: opTimes(JSON.parse(readFileSync(join(dir, file), 'utf8')) as TraceEvent[], by), web: opTimes(await web.endProfiling(page), by) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printOps(p: { node: OpTimes; web: OpTimes }) {
  const ops = [...new Set([...p.web.msPerCall.keys(), ...p.node.msPerCall.keys()])]
    .sort((a, b) => (p.web.msPerCall.get(b) ?? 0) - (p.web.msPerCall.get(a) ?? 0));
  console.log(`  ${(byNode ? 'node' : 'op type').padEnd(24)} ${'browser ms'.padStart(10)} ${'nodes'.padStart(5)} ${'node ms'.padStart(8)} ${'nodes'.padStart(5)} ${'ratio'.padStart(7)}`);
  for (const op of ops) {
    const w = p.web.msPerCall.get(op) ?? 0, n = p.node.msPerCall.get(op) ?? 0;
    if (w < 0.005 * p.web.totalMs && n < 0.005 * p.node.totalMs) continue;
    console.log(`  ${op.padEnd(24)} ${w.toFixed(1).padStart(10)} ${(p.web.nodesPerCall.get(op) ?? 0).toFixed(0).padStart(5)} ${n.toFixed(1).padStart(8)} ` +
      `${(p.node.nodesPerCall.get(op) ?? 0).toFixed(0).padStart(5)} ${n ? `${(w / n).toFixed(1)}×`.padStart(7) : '      -'}`);
  }
  console.log(`  ${'all kernels'.padEnd(24)} ${p.web.totalMs.toFixed(1).padStart(10)} ${''.padStart(5)} ${p.node.totalMs.toFixed(1).padStart(8)} ${''.padStart(5)} ${`${(p.web.totalMs / p.node.totalMs).toFixed(1)}×`.padStart(7)}`);
  console.log(`  ${'model_run (whole call)'.padEnd(24)} ${p.web.runMs.toFixed(1).padStart(10)} ${''.padStart(5)} ${p.node.runMs.toFixed(1).padStart(8)} ${''.padStart(5)} ${`${(p.web.runMs / p.node.runMs).toFixed(1)}×`.padStart(7)}`);
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`wasm vs node: ${threads} thread(s) each, ORT's ${binary} binary in the browser, ${pairs} interleaved call pairs a model; browser session options ${JSON.stringify(webOptions)}`);
console.log(`load average before: ${load()}`);
const first = caseOf(models[0]);
const { page, modelUrl, close } = await openModelBenchPage('model-wasm.html', 'bench-model.onnx', first.bytes, Number(opt('port') ?? 5194),
  opt('js-flags') ? [`--js-flags=${opt('js-flags')}`] : []);
try {
  console.log(`\n${'model call'.padEnd(60)} ${'browser ms'.padStart(10)} ${'node ms'.padStart(8)} ${'ratio'.padStart(7)}`);
  for (const id of models) {
    const c = id === first.id ? first : caseOf(id);
    // The page fetches the model from one URL: route it to this case's bytes.
    await page.unroute('**/bench-model.onnx');
    await page.route('**/bench-model.onnx', (route) => route.fulfill({ body: Buffer.from(c.bytes), contentType: 'application/octet-stream' }));
    const r = await compare(page, modelUrl, c);
    if (!r.info.isolated || r.info.threads !== threads) console.log(`  (page: cross-origin isolated ${r.info.isolated}, ${r.info.threads} thread(s))`);
    console.log(`${c.label.padEnd(60)} ${r.web.toFixed(1).padStart(10)} ${r.node.toFixed(1).padStart(8)} ${`${r.ratio.toFixed(2)}×`.padStart(7)}`);
    if (profile) printOps(await profileBoth(page, modelUrl, c));
  }
} finally {
  await close();
}
console.log(`\nload average after: ${load()}`);
