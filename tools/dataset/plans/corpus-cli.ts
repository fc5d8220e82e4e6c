// Writes the scene planner's training corpus as JSON Lines.
// npx tsx tools/dataset/plans/corpus-cli.ts --lines N --stories M --seed S --out FILE.jsonl
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { corpusRecords } from './corpus.js';

function arg(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  if (at > 0 && process.argv[at + 1] !== undefined) return process.argv[at + 1];
  if (fallback === undefined) throw new Error(`corpus-cli: --${name} is required`);
  return fallback;
}

const lines = Number(arg('lines', '1000'));
const stories = Number(arg('stories', '0'));
const seed = Number(arg('seed', '1'));
const out = arg('out');
if (![lines, stories, seed].every(Number.isInteger)) throw new Error('corpus-cli: --lines, --stories and --seed are integers');
mkdirSync(dirname(out), { recursive: true });
const stream = createWriteStream(out);
const started = Date.now();
let buffer = '';
let n = 0;
for (const record of corpusRecords({ lines, stories, seed })) {
  buffer += `${JSON.stringify(record)}\n`;
  if (++n % 2000 === 0) { stream.write(buffer); buffer = ''; }
}
stream.end(buffer, () => console.log(`wrote ${n} records to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`));
