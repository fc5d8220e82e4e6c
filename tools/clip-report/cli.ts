// npm run clip-report -- --dataset DIR [--split test] [--out public/models/toon-mini/report] [--seed S]
//   [--models public/models] [--suite toon-mini] [--threads 2] [--font FILE]
// The thesis's CLIP chapter (Tables 3–12, Figs 21–22) on the exported towers: report.md + PNGs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../cli/args';
import { analyse } from './analysis';
import { drawSimilarity, drawZeroShot } from './bars';
import { readSplit, type DatasetMeta } from './dataset';
import { reportFont } from './draw';
import { openEncoders } from './embed';
import { clipModelFiles } from './model-files';
import { drawSettingsPca, drawSimilarityPca } from './pca-plot';
import { renderReport } from './report-md';
import { drawRetrieval } from './retrieval-sheet';

const USAGE = 'usage: npm run clip-report -- --dataset DIR [--split test] [--out public/models/toon-mini/report] [--seed S] ' +
  '[--models public/models] [--suite toon-mini] [--threads 2] [--font FILE]';
const FLAGS = { dataset: 'string', split: 'string', out: 'string', seed: 'number', models: 'string', suite: 'string', threads: 'number', font: 'string' } as const;

export interface ClipReportOptions {
  dataset: string;
  split: string;
  out: string;
  seed: number;
  models: string;
  suite: string;
  threads: number;
  font?: string;
}

export function parseOptions(argv: string[]): ClipReportOptions {
  const a = parseArgs(argv, FLAGS);
  if (!a.dataset) throw new Error(`--dataset is required\n${USAGE}`);
  const seed = Number(a.seed ?? 1), threads = Number(a.threads ?? 2);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be an integer ≥ 0, got ${a.seed}`);
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads must be a positive integer, got ${a.threads}`);
  return {
    dataset: String(a.dataset), split: String(a.split ?? 'test'), out: String(a.out ?? 'public/models/toon-mini/report'),
    seed, models: String(a.models ?? 'public/models'), suite: String(a.suite ?? 'toon-mini'), threads,
    font: a.font === undefined ? undefined : String(a.font),
  };
}

/** A path inside the repo as written there; anything else as a placeholder, so no machine's paths reach the report. */
function portable(path: string, placeholder: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : placeholder;
}

export function commands(o: ClipReportOptions, meta: DatasetMeta): { command: string; datasetCommand: string } {
  const extra = [o.models !== 'public/models' ? `--models ${portable(o.models, 'MODELS')}` : '', o.suite !== 'toon-mini' ? `--suite ${o.suite}` : '']
    .filter(Boolean).join(' ');
  return {
    datasetCommand: `npm run dataset -- --count ${meta.count} --seed ${meta.seed} --out DS --sizes ${meta.sizes.join(',')}` +
      `${meta.stories !== undefined ? ` --stories ${meta.stories}` : ''}${meta.gallery !== undefined ? ` --gallery ${meta.gallery}` : ''}`,
    command: `npm run clip-report -- --dataset DS --split ${o.split} --out ${portable(o.out, 'OUT')} --seed ${o.seed}${extra ? ' ' + extra : ''}`,
  };
}

export async function runClipReport(o: ClipReportOptions, log: (line: string) => void = console.log): Promise<string> {
  const t0 = performance.now();
  const data = readSplit(o.dataset, o.split);
  const models = clipModelFiles(o.models, o.suite);
  log(`${data.split}: ${data.scenes.length} scenes; models ${models.smoke ? '(SMOKE WEIGHTS) ' : ''}from ${o.models}/${o.suite}`);
  const enc = openEncoders(join(o.models, o.suite), o.threads);
  let analysis;
  try {
    analysis = await analyse(data, enc, o.seed, log);
  } finally {
    await enc.dispose();
  }
  mkdirSync(o.out, { recursive: true });
  const font = reportFont(o.font);
  const pngs: Record<string, number> = {};
  const png = (name: string, draw: (path: string) => number) => { pngs[name] = draw(join(o.out, name)); };
  png('similarity.png', (p) => drawSimilarity(analysis, data, font, p));
  png('pca-similarity.png', (p) => drawSimilarityPca(analysis, data, font, p));
  png('pca-settings.png', (p) => drawSettingsPca(analysis, data, font, p));
  png('retrieval-en.png', (p) => drawRetrieval(analysis, data, 'en', font, p));
  png('retrieval-ko.png', (p) => drawRetrieval(analysis, data, 'ko', font, p));
  png('zero-shot.png', (p) => drawZeroShot(analysis, data, font, p));
  const ortVersion = (createRequire(import.meta.url)('onnxruntime-node/package.json') as { version: string }).version;
  const md = renderReport(analysis, data, {
    ...commands(o, data.meta), models, pngs, fontUsed: font !== null,
    runtime: `Towers run on onnxruntime-node ${ortVersion} (CPU, ${o.threads} threads) through the browser's model code (src/core/models)`,
  });
  const path = join(o.out, 'report.md');
  writeFileSync(path, md);
  const r = analysis.retrieval;
  log(`MRR@1/5/10 EN ${['mrr@1', 'mrr@5', 'mrr@10'].map((k) => r.en[k].toFixed(3)).join(' / ')}, KO ${['mrr@1', 'mrr@5', 'mrr@10'].map((k) => r.ko[k].toFixed(3)).join(' / ')}; ` +
    `zero-shot EN ${analysis.zeroShot.accuracy.en.toFixed(3)}, KO ${analysis.zeroShot.accuracy.ko.toFixed(3)}`);
  log(`wrote ${path} and ${Object.keys(pngs).length} PNGs (${Object.values(pngs).map((b) => `${(b / 1024).toFixed(0)} KB`).join(', ')}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runClipReport(parseOptions(process.argv.slice(2))).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
