// The toon-mini pipeline in Debian's Chromium, end to end: cold start, warm panels, a four-panel strip, single model
// calls, DCGAN and retrieval panels (WASM; WebGPU with --webgpu), the browser's WASM vs onnxruntime-node, and cosine
// top-K in the page vs Node; with --webgpu also ms per denoise step, GPU loop vs CPU loop. Prints medians over repeats;
// nothing passes or fails on time.
// npm run bench:pipeline -- [--steps N] [--also-steps M] [--repeats 3] [--webgpu] [--webgpu-steps 2] [--quick] [--port 4195] [--dist DIR]
// --steps defaults to the app's own (the suite's app-defaults.json); --also-steps adds a warm panel at M steps in the same run (a ratio).
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PipelineHarness } from '../test/e2e/pages/pipeline-harness';
import type { StripOptions } from '../src/features/strip/shared/strip-contract';
import type { BackendInfo } from '../src/core/progress';
import { createDdimScheduler, parseSchedulerConfig } from '../src/core/ddim';
import { readAppDefaults } from '../tools/lib/app-defaults-file';
import { NodeEngine } from '../tools/cli/node-engine';
import { serveApp, type ServedApp } from './lib/served-app';
import { median, timeTopK } from './lib/top-k-timing';
import { timeNodeCall, unetCall, vaeDecoderCall, visionCall, type ModelCall } from './lib/model-feeds';
import { backendLabel, printRows, type Row } from './lib/bench-table';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const num = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a whole number ≥ 1, got "${argv[i + 1] ?? ''}"`);
  return v;
};
const quick = flag('quick');
const { sampling } = readAppDefaults();
const steps = num('steps', quick ? 4 : sampling.steps);
const alsoSteps = flag('also-steps') ? num('also-steps', 20) : undefined;
const repeats = num('repeats', quick ? 1 : 3);
const webgpu = flag('webgpu');
const webgpuSteps = num('webgpu-steps', 2);
const modelCalls = quick ? 3 : 10;
const distIdx = argv.indexOf('--dist');
const SUITE = 'public/models/toon-mini';

// The strip e2e test's treatment: two Korean and two English sentences.
const LINES = ['부엌에서 개가 식탁 옆을 달리고 있다.', '해변에서 소녀가 공을 던지고 있다.',
  'A man is skiing down the ski slope.', 'Two birds sit in a tree in the forest.'];
type Win = Window & { harness: PipelineHarness };

// Other work on these shared cores skews figures: the load average is printed before and after.
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const version = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
// the latent grid the shipped panels use (unet/config.json sample_size: 32 for 128 px panels), not a fixed 16
const LATENT = (JSON.parse(readFileSync(`${SUITE}/unet/config.json`, 'utf8')) as { sample_size: number }).sample_size;
// Every diffusion and DCGAN panel goes through the upscaler where the suite ships one (src/features/strip/shared/panel-flow.ts).
const UPSCALES = (JSON.parse(readFileSync(`${SUITE}/suite.json`, 'utf8')) as { models: { id: string }[] }).models.some((m) => m.id === 'upscaler');
const STRIP_ROW = `warm four-panel strip${UPSCALES ? ' with upscaling' : ''} (2 KO + 2 EN, ${steps} steps, gallery references)`;
// The studio's default since the composer: each line's plan (read while the author types) composed at 800 × 800.
const COMPOSED_ROW = `warm four-panel strip, composed${UPSCALES ? ', with upscaling' : ''} (same lines, plans read before)`;
const unetCallsPerPanel = (n: number) =>
  createDdimScheduler(parseSchedulerConfig(JSON.parse(readFileSync(`${SUITE}/scheduler/scheduler_config.json`, 'utf8')))).timesteps(n, 0.75).length;

async function openHarness(app: ServedApp): Promise<Page> {
  const context = await app.browser.newContext(); // fresh context: empty Cache Storage and IndexedDB
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${app.url}test/e2e/pages/pipeline-harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  return page;
}
const start = (page: Page, backend: 'wasm' | 'webgpu') => page.evaluate((b) => (window as unknown as Win).harness.start(b), backend);
const strip = (page: Page, lines: string[], opts: StripOptions) =>
  page.evaluate(([l, o]) => (window as unknown as Win).harness.strip(l, o), [lines, opts] as const);
const timeModel = (page: Page, call: ModelCall, calls: number) =>
  page.evaluate(([id, feeds, n]) => (window as unknown as Win).harness.timeModel(id, feeds, n), [call.modelId, call.feeds, calls] as const);

const rows = new Map<string, Row>();
const add = (section: string, name: string, ms: number | number[], note = '') => {
  const key = `${section}\u0000${name}`;
  const row = rows.get(key) ?? { section, name, ms: [], note };
  row.ms.push(...(Array.isArray(ms) ? ms : [ms]));
  rows.set(key, row);
};

async function wasmRepeat(app: ServedApp, calls: ModelCall[]): Promise<BackendInfo> {
  const diffusion: StripOptions = { mode: 'diffusion', style: 'ink', seed: 11, steps };
  const t0 = performance.now();
  const page = await openHarness(app);
  try {
    const info = await start(page, 'wasm');
    const cold = await strip(page, [LINES[0]], diffusion);
    add('wasm', 'cold start → first panel (page load, downloads, sessions, panel)', performance.now() - t0);
    add('wasm', '  of which the first generateStrip call', cold.ms);
    add('wasm', `warm panel (diffusion, ${steps} steps, 2 variants)`, (await strip(page, [LINES[2]], diffusion)).ms);
    if (alsoSteps) {
      add('wasm', `warm panel (diffusion, ${alsoSteps} steps, 2 variants)`, (await strip(page, [LINES[2]], { ...diffusion, steps: alsoSteps })).ms);
    }
    const four = await strip(page, LINES, diffusion);
    add('wasm', STRIP_ROW, four.ms, `aim ≤ 20 s; panels done at ${four.panelMs.map((m) => (m / 1000).toFixed(1)).join(' / ')} s`);
    const { plans } = await page.evaluate((l) => (window as unknown as Win).harness.plan(l), LINES);
    const composed = await strip(page, LINES, { ...diffusion, plans, source: 'composed' });
    add('wasm', COMPOSED_ROW, composed.ms, `panels done at ${composed.panelMs.map((m) => (m / 1000).toFixed(1)).join(' / ')} s`);
    const gan: StripOptions = { ...diffusion, mode: 'gan' };
    add('wasm', 'first DCGAN panel (generator load + panel)', (await strip(page, [LINES[1]], gan)).ms);
    add('wasm', 'DCGAN panel (warm, 2 variants)', (await strip(page, [LINES[3]], gan)).ms);
    add('wasm', 'retrieval-only panel (encode + top-5 + 2 reference tiles)', (await strip(page, [LINES[2]], { ...diffusion, mode: 'retrieval' })).ms);
    const search = await page.evaluate((t) => (window as unknown as Win).harness.timeGallerySearch(t, 5, 9), LINES[3]);
    add('wasm', `top-5 search of the shipped gallery (${search.count} vectors, worker round trip)`, search.ms);
    for (const call of calls) add('browser', call.label, (await timeModel(page, call, modelCalls)).ms);
    return info;
  } finally {
    await page.context().close();
  }
}

async function webgpuRows(app: ServedApp): Promise<BackendInfo> {
  const page = await openHarness(app);
  try {
    const info = await start(page, 'webgpu');
    const opts: StripOptions = { mode: 'diffusion', style: 'ink', seed: 11, steps: webgpuSteps };
    const note = `${webgpuSteps} steps → ${unetCallsPerPanel(webgpuSteps)} UNet call(s)`;
    add('webgpu', 'first panel (sessions + panel)', (await strip(page, [LINES[0]], opts)).ms, note);
    add('webgpu', 'warm panel', (await strip(page, [LINES[2]], opts)).ms, note);
    add('webgpu', unetCall(LATENT).label, (await timeModel(page, unetCall(LATENT), 1)).ms);
    await denoiseStepRows(page, info);
    return info;
  } finally {
    await page.context().close();
  }
}

/**
 * ms per denoise step on each loop of the WebGPU worker, as (T(1 + k steps) − T(1 step)) / k: session set-up,
 * decode and the final download cancel out. One variant; both loops warmed first (glue sessions, shaders at 16×16).
 */
async function denoiseStepRows(page: Page, info: BackendInfo): Promise<void> {
  const enc = await page.evaluate((t) => (window as unknown as Win).harness.encode([t, '']), LINES[2]);
  const tokens = enc.lastHidden.length / 2;
  const req = (steps: number) => ({
    cond: enc.lastHidden.slice(0, tokens), uncond: enc.lastHidden.slice(tokens), style: 'ink', seeds: [11], steps, guidance: sampling.guidance, strength: 1,
    depth: { width: 64, height: 64, data: Array.from({ length: 64 * 64 }, (_, i) => (i % 64) * 4) },
  });
  const time = async (loop: 'cpu' | 'gpu', steps: number) => {
    const out = await page.evaluate(([r, l]) => (window as unknown as Win).harness.denoiseLoop(r, l), [req(steps), loop] as const);
    if (out.loop !== loop) throw new Error(`asked for the ${loop} loop, the worker ran ${out.loop}`);
    return out.ms;
  };
  const k = webgpuSteps;
  for (const loop of ['cpu', 'gpu'] as const) await time(loop, 1);
  const t1 = { cpu: await time('cpu', 1), gpu: await time('gpu', 1) };
  const tk = { cpu: await time('cpu', 1 + k), gpu: await time('gpu', 1 + k) };
  const perStep = { cpu: (tk.cpu - t1.cpu) / k, gpu: (tk.gpu - t1.gpu) / k };
  const emulated = info.kind === 'webgpu' && (info.isFallbackAdapter || /swiftshader/i.test(info.adapter));
  const label = emulated ? 'CPU emulation (SwiftShader): says nothing about real GPUs' : `adapter ${info.kind === 'webgpu' ? info.adapter : '?'}`;
  add('webgpu', 'denoise step, CPU loop (UNet output → CPU → next sample)', perStep.cpu, `1 variant, (T(${1 + k}) − T(1)) / ${k}`);
  add('webgpu', 'denoise step, GPU loop (latents stay on the GPU)', perStep.gpu,
    `GPU/CPU loop ${(perStep.gpu / perStep.cpu).toFixed(2)}×; ${label}`);
}

const cpu = cpus();
console.log(`toon-mini pipeline bench: ${repeats} repeat(s), ${steps} DDIM steps (img2img strength 0.75 → ${unetCallsPerPanel(steps)} UNet calls a panel)${quick ? ', --quick' : ''}`);
console.log(`machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
  `onnxruntime-web ${version('onnxruntime-web')}, onnxruntime-node ${version('onnxruntime-node')}; load average ${load()}`);
const app = await serveApp({ port: num('port', 4195), distDir: distIdx >= 0 ? argv[distIdx + 1] : undefined });
try {
  console.log(`Chromium ${app.browser.version()} (headless), app ${distIdx >= 0 ? 'from ' + argv[distIdx + 1] : `built in ${(app.buildMs / 1000).toFixed(1)} s`}, served at ${app.url}`);
  const calls = [unetCall(LATENT), visionCall(), vaeDecoderCall(LATENT)];
  let info: BackendInfo | undefined;
  for (let r = 0; r < repeats; r++) {
    info = await wasmRepeat(app, calls);
    console.error(`  repeat ${r + 1}/${repeats} done`);
  }
  const page = await openHarness(app);
  const env = await page.evaluate(() => (window as unknown as Win).harness.environment());
  console.log(`page: crossOriginIsolated ${env.crossOriginIsolated}, hardwareConcurrency ${env.hardwareConcurrency}; ORT backend: ${info ? backendLabel(info) : '?'}`);
  const sizes = [1_000, 10_000, 100_000];
  const browserTopK = await page.evaluate((s) => (window as unknown as Win).harness.timeTopKHere(s), sizes);
  await page.context().close();
  const engine = new NodeEngine({ suiteDir: SUITE, galleryDir: 'public/gallery/toon-mini', threads: 2 });
  try {
    for (const call of calls) add('node', call.label, await timeNodeCall(engine, call, modelCalls * repeats));
  } finally {
    await engine.dispose();
  }
  let gpu: BackendInfo | undefined;
  if (webgpu) gpu = await webgpuRows(app);

  printRows([...rows.values()].filter((r) => r.section === 'wasm' || r.section === 'browser'), `WASM (${info ? backendLabel(info) : '?'}), median over ${repeats} fresh browser context(s)`);
  for (const row of [STRIP_ROW, COMPOSED_ROW]) {
    const strips = rows.get(`wasm\u0000${row}`)?.ms ?? [];
    console.log(`\n${row} on WASM, ${info ? backendLabel(info) : '?'}: median ${(median(strips) / 1000).toFixed(1)} s ` +
      `over ${strips.length} run(s) (${strips.map((m) => (m / 1000).toFixed(1)).join(' / ')} s); the issue's bound: ≤ 20 s`);
  }
  console.log(`\nbrowser WASM vs onnxruntime-node, same model files and feeds, 2 threads each (browser: the worker call as the app makes it)`);
  console.log(`${'model call'.padEnd(58)} ${'browser ms'.padStart(10)} ${'node ms'.padStart(9)} ${'ratio'.padStart(6)}`);
  for (const call of calls) {
    const b = median(rows.get(`browser\u0000${call.label}`)?.ms ?? []), n = median(rows.get(`node\u0000${call.label}`)?.ms ?? []);
    console.log(`${call.label.padEnd(58)} ${b.toFixed(1).padStart(10)} ${n.toFixed(1).padStart(9)} ${(b / n).toFixed(2).padStart(5)}×`);
  }
  console.log(`\ncosine top-5, d=512, median of 9 queries (same code: bench/lib/top-k-timing.ts, as bench/retrieval.ts; aim ≤ 50 ms at 100k)`);
  console.log(`${'vectors'.padStart(8)} ${'Chromium page ms'.padStart(17)} ${'Node ms'.padStart(8)} ${'ratio'.padStart(6)}`);
  for (const b of browserTopK) {
    const n = timeTopK(b.n).msPerQuery;
    console.log(`${String(b.n).padStart(8)} ${b.msPerQuery.toFixed(2).padStart(17)} ${n.toFixed(2).padStart(8)} ${(b.msPerQuery / n).toFixed(2).padStart(5)}×`);
  }
  if (gpu) {
    const why = gpu.kind === 'webgpu' && gpu.isFallbackAdapter ? ' — SwiftShader on the CPU, ~50× slower than WASM: correctness, not speed' : '';
    printRows([...rows.values()].filter((r) => r.section === 'webgpu'), `WebGPU (${backendLabel(gpu)}${why}), ${webgpuSteps} DDIM steps, one run`);
  }
  console.log(`\nload average at the end: ${load()}`);
} finally {
  await app.close();
}
