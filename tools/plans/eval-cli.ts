// npm run plan:eval -- [--lines 4000] [--stories 400] [--out public/models/toon-mini/report/plans.json]
// Prints the scene planner's figures (tools/plans/eval.ts) as JSON and writes them to --out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, runAsCli } from '../cli/args';
import { nodePlanner } from '../cli/node-planner';
import { withEngine } from '../cli/node-engine';
import { retrievalFigures } from './retrieval-eval';
import { devCountFigures, devFigures, devSettingFigures, evaluate, readJsonl, type FreeFormSentence } from './eval';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { lines: 'number', stories: 'number', out: 'string', models: 'string' });
  const suiteDir = `${String(args.models ?? 'public/models')}/toon-mini`;
  const planner = await nodePlanner(suiteDir, 2);
  const catalog = JSON.parse(readFileSync(`${suiteDir}/scene_planner/catalog.json`, 'utf8')) as { kinds: { id: string; category: string }[] };
  const animate = new Set(catalog.kinds.filter((k) => k.category === 'person' || k.category === 'animal').map((k) => k.id));
  const report = await evaluate(planner, {
    lines: Number(args.lines ?? 4000), stories: Number(args.stories ?? 400), animate,
    evalSet: 'test/eval-sets/plans', galleryJson: 'public/gallery/toon-mini/gallery.json',
  });
  report.devStories = await devFigures(planner, 'test/eval-sets/plans-dev/stories.jsonl');
  report.devStories2 = await devFigures(planner, 'test/eval-sets/plans-dev/stories-2.jsonl');
  report.devSettings = await devSettingFigures(planner, 'test/eval-sets/plans-dev/settings.jsonl');
  report.devCounts = await devCountFigures(planner, 'test/eval-sets/plans-dev/counts.jsonl', 'test/eval-sets/plans-dev/count-stories.jsonl');
  const sentences = readJsonl<FreeFormSentence>('test/eval-sets/plans/sentences.jsonl');
  report.freeFormRetrieval = await withEngine({ suiteDir, galleryDir: 'public/gallery/toon-mini', threads: 2 },
    (engine) => retrievalFigures(engine, planner, sentences));
  const out = String(args.out ?? 'public/models/toon-mini/report/plans.json');
  // the speed figures come from npm run bench:plans (a browser run), recorded by hand: kept across evaluations
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { bench?: unknown }) : {};
  const commands = { evaluate: 'npm run plan:eval', bench: 'npm run bench:plans' };
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), commands, ...report, ...(previous.bench ? { bench: previous.bench } : {}) }, null, 1)}\n`);
  const { freeFormMisses: _misses, ...figures } = report;
  console.log(JSON.stringify(figures, null, 1));
  console.log(`wrote ${out}`);
}

runAsCli('eval-cli.ts', main);
