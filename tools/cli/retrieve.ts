// npm run retrieve -- --queries FILE --k 5: JSON Lines {"id","text"} in, JSON Lines of top-K gallery hits out.
import { readFileSync } from 'node:fs';
import { withEngine, type NodeEngine } from './node-engine';
import { ENGINE_FLAGS, engineOptions, parseArgs, runAsCli } from './args';

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

export async function retrieve(engine: NodeEngine, queries: Query[], k: number, write: (line: string) => void): Promise<void> {
  const batch = 32;
  for (let i = 0; i < queries.length; i += batch) {
    const chunk = queries.slice(i, i + batch);
    const states = await engine.encodeText(chunk.map((q) => q.text));
    for (let j = 0; j < chunk.length; j++) {
      const hits = await engine.search(states.embeds.subarray(j * states.embedDim, (j + 1) * states.embedDim), k);
      write(JSON.stringify({
        id: chunk[j].id,
        hits: hits.map((h) => ({ id: h.id, score: Number(h.score.toFixed(6)), setting: h.setting, objects: h.objects, style: h.style })),
      }));
    }
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { queries: 'string', k: 'number', ...ENGINE_FLAGS });
  if (!args.queries) throw new Error('usage: npm run retrieve -- --queries FILE.jsonl [--k 5] [--models DIR] [--suite ID] [--gallery DIR]');
  const k = Number(args.k ?? 5);
  if (!Number.isInteger(k) || k < 1) throw new Error(`--k must be a positive integer, got ${k}`);
  const file = String(args.queries);
  const queries = parseQueries(readFileSync(file, 'utf8'), file);
  await withEngine(engineOptions(args), (engine) => retrieve(engine, queries, k, (line) => process.stdout.write(line + '\n')));
}

runAsCli('retrieve.ts', main);
