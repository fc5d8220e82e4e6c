// npm run plan -- --treatment FILE.txt | --queries FILE.jsonl: JSON Lines, one scene plan per line, with exactly the
// keys id, text, setting, time, cast, objects, relations, unknown (--confidence adds each plan's slot confidences).
import { readFileSync } from 'node:fs';
import { PLAN_RECORD_KEYS, type ScenePlan } from '../../src/features/plans/shared/plan-contract';
import { parseArgs, runAsCli } from './args';
import { nodePlanner } from './node-planner';
import { parseQueries } from './retrieve';
import { sceneLines } from '../../src/features/lettering/shared/treatment-script';

const USAGE = 'usage: npm run plan -- (--treatment FILE.txt | --queries FILE.jsonl) [--confidence yes] [--models DIR] [--suite ID]';

/** The CLI's record: the contract's keys in order; carried-over bookkeeping stays in the app. */
export function planRecord(plan: ScenePlan, withConfidence = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of PLAN_RECORD_KEYS) out[k] = plan[k];
  if (withConfidence) out.confidence = plan.confidence;
  return out;
}

/** Treatment lines: the scene lines, one per panel, as the studio reads them; blank lines and dialogue are not panels. */
export function treatmentLines(text: string): string[] {
  return sceneLines(text);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { treatment: 'string', queries: 'string', confidence: 'string', models: 'string', suite: 'string' });
  if (!args.treatment === !args.queries) throw new Error(USAGE);
  const planner = await nodePlanner(`${String(args.models ?? 'public/models')}/${String(args.suite ?? 'toon-mini')}`);
  const withConfidence = args.confidence === 'yes';
  const write = (p: ScenePlan) => process.stdout.write(`${JSON.stringify(planRecord(p, withConfidence))}\n`);
  if (args.treatment) {
    const file = String(args.treatment);
    const lines = treatmentLines(readFileSync(file, 'utf8'));
    if (lines.length === 0) throw new Error(`${file}: no lines to plan`);
    (await planner.planTreatment(lines)).plans.forEach(write);
  } else {
    const file = String(args.queries);
    const queries = parseQueries(readFileSync(file, 'utf8'), file);
    (await planner.planEach(queries.map((q) => q.text), queries.map((q) => q.id))).forEach(write);
  }
}

runAsCli('plan.ts', main);
