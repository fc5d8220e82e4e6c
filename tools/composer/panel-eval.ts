// Composed vs retrieved references, measured on the final panels as the app draws them (runPanel on the suite's models
// through NodeEngine: plan → composed drawing or plan-ranked gallery scene → diffusion → upscaler), per language, on the
// planner corpus's test lines and the frozen free-form sentences (reported, never tuned on).
// CLIP R-precision: the share of panels whose nearest sentence of their group (set × language), by the suite's CLIP,
// is their own; text–image score: the mean cosine of a panel and its own sentence.
// npm run compose:panels -- [--per-group 24] [--out public/models/toon-mini/report/composer-panels.json]
import { writeFileSync } from 'node:fs';
import { planCorpus } from '../dataset/plans/corpus';
import type { LineRecord } from '../dataset/plans/lines';
import { parseArgs, runAsCli } from '../cli/args';
import { nodePlanner } from '../cli/node-planner';
import { NodeEngine } from '../cli/node-engine';
import { TEST_SEED, readJsonl, type FreeFormSentence } from '../plans/eval';
import { runPanel } from '../../src/features/strip/shared/panel-flow';
import type { ReferenceSource } from '../../src/features/strip/shared/strip-contract';
import type { RgbaImage } from '../../src/core/rgba-image';

const SOURCES: ReferenceSource[] = ['composed', 'gallery'];
// The page's default panel shape (square): the drawing the app composes for a new treatment.
const FRAME = { width: 800, height: 800 };

/** Every k-th item so that `n` are taken, spread over the whole list (no choosing by content). */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

function unitRows(v: Float32Array, dim: number): Float32Array {
  const out = new Float32Array(v.length);
  for (let r = 0; r < v.length / dim; r++) {
    let norm = 0;
    for (let k = 0; k < dim; k++) norm += v[r * dim + k] ** 2;
    const s = 1 / Math.sqrt(norm || 1);
    for (let k = 0; k < dim; k++) out[r * dim + k] = v[r * dim + k] * s;
  }
  return out;
}

/** R-precision and mean own-sentence cosine of image embeddings against text embeddings (same order). */
export function clipScores(imageEmbeds: Float32Array, textEmbeds: Float32Array, dim: number): { rPrecision: number; score: number } {
  const images = unitRows(imageEmbeds, dim), texts = unitRows(textEmbeds, dim);
  const n = texts.length / dim;
  let hits = 0, own = 0;
  for (let i = 0; i < n; i++) {
    let best = -Infinity, arg = -1;
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += images[i * dim + k] * texts[j * dim + k];
      if (dot > best) { best = dot; arg = j; }
      if (j === i) own += dot;
    }
    if (arg === i) hits++;
  }
  return { rPrecision: Math.round((hits / n) * 1000) / 1000, score: Math.round((own / n) * 1000) / 1000 };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { 'per-group': 'number', out: 'string', threads: 'number' });
  const per = Number(args['per-group'] ?? 24);
  const engine = new NodeEngine({ suiteDir: 'public/models/toon-mini', galleryDir: 'public/gallery/toon-mini', threads: Number(args.threads ?? 2) });
  const planner = await nodePlanner('public/models/toon-mini', 1);
  const vision = await engine.visionModel();
  const corpus = planCorpus({ lines: 2000, stories: 0, seed: TEST_SEED }).filter((r): r is LineRecord => r.type === 'line');
  const free = readJsonl<FreeFormSentence>('test/eval-sets/plans/sentences.jsonl');
  const groups = (['en', 'ko'] as const).flatMap((lang) => [
    { set: 'corpusTest', lang, texts: spread(corpus.filter((l) => l.lang === lang).map((l) => l.text), per) },
    { set: 'freeForm', lang, texts: spread(free.filter((s) => s.lang === lang).map((s) => s.text), per) },
  ]);
  const opts = { mode: 'diffusion' as const, style: 'ink' as const, seed: 7, variants: 1 };
  const results: Record<string, Record<string, unknown>> = {};
  const t0 = Date.now();
  for (const g of groups) {
    const states = await engine.encodeText(g.texts);
    const texts = states.embeds;
    const row: Record<string, unknown> = { sentences: g.texts.length };
    const drawings: RgbaImage[] = [];
    for (const source of SOURCES) {
      const panels: RgbaImage[] = [];
      for (const [i, text] of g.texts.entries()) {
        const { plans } = await planner.planTreatment([text]);
        const r = await runPanel(engine, { index: i, text, plan: plans[0], frame: FRAME, opts: { ...opts, source }, defaults: engine.defaults });
        panels.push(r.variants[0]);
        if (source === 'composed' && r.composed) drawings.push(r.composed.image);
      }
      row[source] = clipScores(await vision.embed(panels), texts, states.embedDim);
    }
    if (drawings.length === g.texts.length) row.composedDrawing = clipScores(await vision.embed(drawings), texts, states.embedDim);
    (results[g.set] ??= {})[g.lang] = row;
    console.log(`${g.set} ${g.lang}: ${JSON.stringify(row)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const report = {
    date: new Date().toISOString().slice(0, 10),
    what: 'Final diffusion panels (variant 0, ink, 1 variant, the app\'s sampling, upscaled; composed at 800x800, the page\'s default square panel) from composed vs plan-ranked gallery references; '
      + 'CLIP R-precision among the group\'s sentences and the mean own-sentence cosine, by the suite\'s CLIP; composedDrawing: the composed drawing itself.',
    perGroup: per, ...results,
  };
  const out = String(args.out ?? 'public/models/toon-mini/report/composer-panels.json');
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`wrote ${out}`);
  await engine.dispose();
}

runAsCli('panel-eval.ts', main);
