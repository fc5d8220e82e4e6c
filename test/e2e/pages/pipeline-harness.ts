/// <reference types="vite/client" />
// Exposes the model workers and the strip pipeline to Playwright (parity, strip e2e, benchmarks).
import { ModelHost } from '../../../src/runtime/client/model-host';
import { BrowserEngine, StripPipeline } from '../../../src/features/strip/client/strip-pipeline';
import type { StripOptions } from '../../../src/features/strip/shared/strip-contract';
import { openStudioDb } from '../../../src/store';
import { WORKER_OF_TASK } from '../../../src/runtime/client/worker-bridge';
import type { BackendPreference } from '../../../src/core/model-ref';
import type { Remote } from 'comlink';
import type { RawTensor } from './workers/raw-run';
import type { TestDiffuseApi } from './workers/diffuse.worker';
import { TEST_WORKERS } from './workers/test-workers';
import { ModelClient } from '../../../src/runtime/client/model-client';
import { timeTopK } from '../../../bench/lib/top-k-timing';
import type { DenoiseLoop, DenoiseRequest } from '../../../src/core/models/diffusion-model';

let host: ModelHost | undefined;
let pipeline: StripPipeline | undefined;

async function start(backend: BackendPreference, suite = 'toon-mini') {
  await host?.dispose();
  host = await ModelHost.create({ backend, suite, workers: TEST_WORKERS });
  pipeline = await StripPipeline.create(host, openStudioDb());
  return host.backend();
}

/** Loads a model into its worker and runs it once on raw feeds; returns outputs and the call time. */
async function runModel(modelId: string, feeds: Record<string, RawTensor>) {
  if (!host) throw new Error('call start() first');
  const listing = host.models().find((m) => m.model.id === modelId);
  if (!listing || listing.model.task === 'demo') throw new Error(`no model ${modelId}`);
  await host.load(modelId);
  const bridge = host.worker(WORKER_OF_TASK[listing.model.task]);
  const t0 = performance.now();
  const out = await bridge.call(undefined, (r) => (r as unknown as { run: (id: string, f: Record<string, RawTensor>) => Promise<Record<string, { dims: number[]; data: Float32Array }>> }).run(modelId, feeds));
  const ms = performance.now() - t0;
  return { ms, outputs: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { dims: v.dims, data: Array.from(v.data) }])) };
}

async function encode(texts: string[]) {
  if (!host) throw new Error('call start() first');
  await host.load('tokenizer');
  await host.load('text_encoder');
  const s = await host.worker('text').call(undefined, (r) => r.encode(texts));
  return { pooler: Array.from(s.pooler), embeds: Array.from(s.embeds), lastHidden: Array.from(s.lastHidden), hiddenDim: s.hiddenDim };
}

/** A strip; panels are summarised (sizes, reference setting, timings) so results cross into the test cheaply. */
async function strip(lines: string[], opts: StripOptions) {
  if (!pipeline) throw new Error('call start() first');
  const t0 = performance.now();
  const times: number[] = [];
  const warnings: string[] = [];
  const panels = await pipeline.generateStrip(lines, opts, { onPanel: () => times.push(performance.now() - t0), onWarning: (m) => warnings.push(m) });
  return {
    ms: performance.now() - t0,
    panelMs: times,
    warnings,
    /** What the models panel shows for the upscaler (it loads with the first drawn panel). */
    upscalerState: host?.state('upscaler').state,
    panels: panels.map((p) => ({
      lang: p.lang, seed: p.seed, variants: p.variants.map((v) => [v.width, v.height, v.data.reduce((a, b) => a + b, 0)]),
      reference: p.reference && { id: p.reference.id, setting: p.reference.setting, score: p.reference.score, time: p.reference.time, missing: p.reference.missing },
      plan: p.plan ? { setting: p.plan.setting, time: p.plan.time } : null,
      alternatives: p.alternatives.map((a) => a.setting),
    })),
  };
}

/** bench/pipeline.ts: one warm-up call, then `calls` timed calls of a loaded model on the same feeds. */
async function timeModel(modelId: string, feeds: Record<string, RawTensor>, calls: number) {
  const typed = Object.fromEntries(Object.entries(feeds).map(([k, t]) => [k, { ...t, data: Float32Array.from(t.data) }]));
  const first = (await runModel(modelId, typed)).ms;
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) ms.push((await runModel(modelId, typed)).ms);
  return { firstMs: first, ms };
}

/** bench/pipeline.ts: sentence → CLIP embedding, then `runs` top-K searches of the shipped gallery in the image worker. */
async function timeGallerySearch(text: string, k: number, runs: number) {
  if (!host) throw new Error('call start() first');
  const engine = new BrowserEngine(new ModelClient(host));
  const states = await engine.encodeText([text]);
  const embedding = states.embeds.slice(0, states.embedDim);
  const count = ((await engine.openGallery()) as { count: number }).count;
  await engine.search(embedding, k); // first search builds the index
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await engine.search(embedding, k);
    ms.push(performance.now() - t0);
  }
  return { count, ms };
}

/** bench/pipeline.ts: cosine top-K over seeded vectors on this page's JS engine (same code as the Node figure). */
function timeTopKHere(sizes: number[]) {
  return sizes.map((n) => timeTopK(n));
}

/** A DenoiseRequest as plain data (what page.evaluate carries); txt2img, so no reference image. */
export interface PlainDenoiseRequest extends Omit<DenoiseRequest, 'cond' | 'uncond' | 'depth' | 'reference'> {
  cond: number[];
  uncond: number[];
  depth: { width: number; height: number; data: number[] };
}

/** gpu-loop.spec.ts and bench/pipeline.ts: one panel on a chosen denoise loop, with its final latents and time. */
async function denoiseLoop(req: PlainDenoiseRequest, loop: DenoiseLoop | 'auto') {
  if (!host) throw new Error('call start() first');
  for (const id of ['unet', 'vae_encoder', 'vae_decoder']) await host.load(id);
  const typed: DenoiseRequest = {
    ...req, reference: null, cond: Float32Array.from(req.cond), uncond: Float32Array.from(req.uncond),
    depth: { ...req.depth, data: Uint8Array.from(req.depth.data) },
  };
  const out = await host.worker('diffuse').call(undefined, (r, { jobId }) => (r as unknown as Remote<TestDiffuseApi>).denoiseWith(jobId, typed, loop));
  return {
    loop: out.loop, ms: out.ms, latents: Array.from(out.latents),
    panels: out.panels.map((p) => ({ width: p.width, height: p.height, data: Array.from(p.data) })),
  };
}

/** plans.spec.ts and bench/plans.ts: a treatment's plans from the text worker, and warm timings of `runs` calls. */
async function plan(lines: string[]) {
  if (!host) throw new Error('call start() first');
  return new ModelClient(host).planTreatment(lines);
}

/** bench/plans.ts: the first plan of a loaded planner (model load + session), then each treatment's plan time in order. */
async function timePlans(first: string[], treatments: string[][]) {
  if (!host) throw new Error('call start() first');
  const client = new ModelClient(host);
  const t0 = performance.now();
  await client.planTreatment(first);
  const firstMs = performance.now() - t0;
  const ms: number[] = [];
  for (const lines of treatments) {
    const s = performance.now();
    await client.planTreatment(lines);
    ms.push(performance.now() - s);
  }
  return { firstMs, ms };
}

function environment() {
  return { crossOriginIsolated, hardwareConcurrency: navigator.hardwareConcurrency, userAgent: navigator.userAgent };
}

const harness = { start, runModel, encode, strip, plan, timePlans, timeModel, timeGallerySearch, timeTopKHere, environment, denoiseLoop };
export type PipelineHarness = typeof harness;
(window as unknown as { harness: PipelineHarness }).harness = harness;
document.body.dataset.ready = 'true';
