// npm run compose:eval -- [--lines 2000] [--stories 200] [--out public/models/toon-mini/report/composer.json]
// The composer's figures (tools/composer/eval.ts) per language: the planner corpus's test split (lines, stories) and the
// frozen free-form set test/eval-sets/plans (reported, never tuned on).
import { writeFileSync } from 'node:fs';
import { planCorpus } from '../dataset/plans/corpus';
import type { LineRecord } from '../dataset/plans/lines';
import type { StoryRecord } from '../dataset/plans/stories';
import { parseArgs, runAsCli } from '../cli/args';
import { nodePlanner } from '../cli/node-planner';
import { TEST_SEED, readJsonl, type FreeFormSentence, type FreeFormStory } from '../plans/eval';
import { LANGS, composerTally, scoreLines, scoreTreatment, summary } from './eval';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { lines: 'number', stories: 'number', out: 'string', models: 'string' });
  const planner = await nodePlanner(`${String(args.models ?? 'public/models')}/toon-mini`, 2);
  const records = planCorpus({ lines: Number(args.lines ?? 2000), stories: Number(args.stories ?? 200), seed: TEST_SEED });
  const lines = records.filter((r): r is LineRecord => r.type === 'line');
  const stories = records.filter((r): r is StoryRecord => r.type === 'story');
  const sentences = readJsonl<FreeFormSentence>('test/eval-sets/plans/sentences.jsonl');
  const freeStories = readJsonl<FreeFormStory>('test/eval-sets/plans/stories.jsonl');
  const corpusTest: Record<string, unknown> = {}, freeForm: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const lt = composerTally(), st = composerTally(), ft = composerTally(), fst = composerTally();
    await scoreLines(planner, lines.filter((l) => l.lang === lang).map((l) => l.text), lt);
    for (const [k, s] of stories.entries()) {
      if (s.lang === lang) scoreTreatment(await planner.planTreatment(s.lines.map((l) => l.text)), k, st);
    }
    await scoreLines(planner, sentences.filter((s) => s.lang === lang).map((s) => s.text), ft);
    for (const [k, s] of freeStories.entries()) if (s.lang === lang) scoreTreatment(await planner.planTreatment(s.lines), k, fst);
    corpusTest[lang] = { lines: summary(lt), stories: summary(st) };
    freeForm[lang] = { sentences: summary(ft), stories: summary(fst) };
  }
  const report = {
    date: new Date().toISOString().slice(0, 10),
    what: 'Plans (the scene planner\'s own output) composed at 800x450: named kinds present in the layout, counts drawn as written (numbers the kind can show), a recurring cast member\'s look identical across its story\'s panels.',
    corpusTest: { seed: TEST_SEED, ...corpusTest }, freeForm,
  };
  const out = String(args.out ?? 'public/models/toon-mini/report/composer.json');
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  console.log(JSON.stringify(report, null, 1));
  console.log(`wrote ${out}`);
}

runAsCli('eval-cli.ts', main);
