// npm run retrieve -- --queries FILE --k 5 [--plans PLANS.jsonl]: JSON Lines {"id","text"} in, JSON Lines of top-K
// gallery hits out. With --plans (records of `npm run plan`, matched by id) a planned query is ranked by its plan,
// with the app's ranker (plans/shared/plan-retrieval.ts); a query without a record keeps CLIP order.
import { readFileSync } from 'node:fs';
import { withEngine, type NodeEngine } from './node-engine';
import { ENGINE_FLAGS, engineOptions, parseArgs, runAsCli } from './args';
import { PLAN_TIMES } from '../../src/features/plans/shared/plan-contract';
import type { RetrievalPlan } from '../../src/features/plans/shared/plan-retrieval';

export interface Query { id: string; text: string }

export function parseQueries(text: string, source: string): Query[] {
  return text.split('\n').map((line, i) => [line.trim(), i + 1] as const).filter(([l]) => l.length > 0).map(([line, n]) => {
    let q: unknown;
    try {
      q = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${n}: not valid JSON`);
    }
    const { id, text: t } = q as Partial<Query>;
    if (typeof id !== 'string' && typeof id !== 'number') throw new Error(`${source}:${n}: needs an "id"`);
    if (typeof t !== 'string' || !t.trim()) throw new Error(`${source}:${n}: needs a non-empty "text"`);
    return { id: String(id), text: t };
  });
}

/** What retrieval reads of one `npm run plan` record ({id,text,setting,time,cast,objects,relations,unknown}). */
export function parsePlanRecords(text: string, source: string): Map<string, RetrievalPlan> {
  const plans = new Map<string, RetrievalPlan>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = `${source}:${i + 1}`;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${at}: not valid JSON`);
    }
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new Error(`${at}: not a plan record`);
    if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new Error(`${at}: needs an "id"`);
    if (r.setting !== null && typeof r.setting !== 'string') throw new Error(`${at}: "setting" must be a setting id or null`);
    if (r.time !== null && !PLAN_TIMES.includes(r.time as never)) throw new Error(`${at}: "time" must be one of ${PLAN_TIMES.join(', ')} or null`);
    const count = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1);
    const kinds = (v: unknown, field: string, optionalCount: boolean) => {
      if (!Array.isArray(v)) throw new Error(`${at}: "${field}" must be an array`);
      return v.map((e: Record<string, unknown>, j) => {
        if (typeof e?.kind !== 'string' || !e.kind) throw new Error(`${at}: ${field}[${j}] needs a "kind"`);
        if (!(optionalCount && e.count === undefined) && !count(e.count)) throw new Error(`${at}: ${field}[${j}].count must be a whole number ≥ 1 or null`);
        return { kind: e.kind, count: e.count as number | null | undefined };
      });
    };
    const id = String(r.id);
    if (plans.has(id)) throw new Error(`${at}: a second record for id "${id}"`);
    plans.set(id, {
      setting: r.setting as string | null,
      time: r.time as string | null,
      cast: kinds(r.cast, 'cast', true),
      objects: kinds(r.objects, 'objects', false) as { kind: string; count: number | null }[],
    });
  });
  return plans;
}

export async function retrieve(
  engine: NodeEngine, queries: Query[], k: number, write: (line: string) => void, plans?: ReadonlyMap<string, RetrievalPlan>,
): Promise<void> {
  const batch = 32;
  for (let i = 0; i < queries.length; i += batch) {
    const chunk = queries.slice(i, i + batch);
    const states = await engine.encodeText(chunk.map((q) => q.text));
    for (let j = 0; j < chunk.length; j++) {
      const plan = plans?.get(chunk[j].id);
      const hits = await engine.search(states.embeds.subarray(j * states.embedDim, (j + 1) * states.embedDim), k, undefined, plan);
      write(JSON.stringify({
        id: chunk[j].id,
        ...(plan && { planned: true }),
        hits: hits.map((h) => ({
          id: h.id, score: Number(h.score.toFixed(6)), setting: h.setting, objects: h.objects, style: h.style,
          // A planned query's hits also say the scene's time, its counts and the named kinds it lacks.
          ...(plan && { time: h.time, counts: h.objectCounts, missing: h.missing }),
        })),
      }));
    }
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { queries: 'string', k: 'number', plans: 'string', ...ENGINE_FLAGS });
  if (!args.queries) throw new Error('usage: npm run retrieve -- --queries FILE.jsonl [--k 5] [--plans PLANS.jsonl] [--models DIR] [--suite ID] [--gallery DIR]');
  const k = Number(args.k ?? 5);
  if (!Number.isInteger(k) || k < 1) throw new Error(`--k must be a positive integer, got ${k}`);
  const file = String(args.queries);
  const queries = parseQueries(readFileSync(file, 'utf8'), file);
  const plansFile = args.plans === undefined ? undefined : String(args.plans);
  const plans = plansFile === undefined ? undefined : parsePlanRecords(readFileSync(plansFile, 'utf8'), plansFile);
  if (plans) {
    const unplanned = queries.filter((q) => !plans.has(q.id)).length;
    if (unplanned) console.error(`retrieve: ${unplanned} of ${queries.length} queries have no record in ${plansFile}; they keep CLIP order.`);
  }
  await withEngine(engineOptions(args), (engine) => retrieve(engine, queries, k, (line) => process.stdout.write(line + '\n'), plans));
}

runAsCli('retrieve.ts', main);
