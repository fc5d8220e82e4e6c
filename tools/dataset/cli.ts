// npm run dataset -- --count N --seed S --out DIR [--sizes 64,128] [--workers W] [--stories M] [--gallery G]
// Also the worker-thread entry: started as a worker it serves scene chunks instead.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveChunks } from './parallel.js';
import { writeDataset, type BuildOptions } from './output/writer.js';

const USAGE = `usage: npm run dataset -- --count N --seed S --out DIR
  [--sizes 64,128] [--workers W] [--stories M] [--gallery G] [--contact K]`;

export function parseArgs(argv: readonly string[]): Omit<BuildOptions, 'workerEntry' | 'log'> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`unexpected argument "${key}"\n${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${key} needs a value\n${USAGE}`);
    args.set(key.slice(2), value);
    i++;
  }
  const known = new Set(['count', 'seed', 'out', 'sizes', 'workers', 'stories', 'gallery', 'contact']);
  for (const key of args.keys()) if (!known.has(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const int = (name: string, fallback: number, min: number) => {
    const raw = args.get(name);
    if (raw === undefined) return fallback;
    const v = Number(raw);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
    return v;
  };
  const count = int('count', 1000, 1);
  const sizes = (args.get('sizes') ?? '64,128').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 16 || s > 512)) throw new Error(`--sizes must list sizes 16..512, got "${args.get('sizes')}"`);
  return {
    count,
    seed: int('seed', 1, 0),
    out: resolve(args.get('out') ?? 'out/toonscenes'),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    workers: int('workers', Math.max(1, availableParallelism()), 1),
    stories: int('stories', 5000, 0),
    gallery: Math.min(count, int('gallery', 2000, 0)),
    contact: int('contact', 24, 0),
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  console.log(`ToonScenes: ${options.count} scenes, seed ${options.seed}, sizes ${options.sizes.join('/')}, ` +
    `${options.workers} worker(s) → ${options.out}`);
  const summary = await writeDataset({ ...options, workerEntry: fileURLToPath(import.meta.url), log: console.log });
  const { train, val, test } = summary.splits;
  console.log(`done in ${summary.seconds.toFixed(1)} s (scenes ${summary.sceneSeconds.toFixed(1)} s, ` +
    `${(options.count / summary.sceneSeconds).toFixed(1)} scenes/s): ` +
    `train ${train}, val ${val}, test ${test}, stories ${summary.stories}, gallery ${summary.gallery}`);
}

if (!isMainThread && workerData?.role === 'toonscenes-worker') {
  await serveChunks(parentPort!, workerData.seed, workerData.sizes);
} else if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
