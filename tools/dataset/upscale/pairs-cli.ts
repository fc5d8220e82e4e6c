// npm run upscale:pairs -- [--train 800] [--test 64] [--train-seed 61] [--test-seed 62] [--low 128] [--high 512]
//   [--out out/upscale-pairs]
// Writes OUT/{train,test}/{lo,hi}.npy (uint8 [N,S,S,3]) + scenes.json and OUT/pairs.json. The split is by seed: test
// scenes come from their own seed, so no test scene is a train scene. Same arguments, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NpyWriter } from '../output/npy.js';
import { scenePair } from './pairs.js';

const USAGE = 'usage: npm run upscale:pairs -- [--train N] [--test N] [--train-seed S] [--test-seed S] [--low 128] [--high 512] [--out DIR]';

export interface PairsOptions { train: number; test: number; trainSeed: number; testSeed: number; low: number; high: number; out: string }

export function parsePairsArgs(argv: readonly string[]): PairsOptions {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i], value = argv[i + 1];
    if (!key.startsWith('--')) throw new Error(`unexpected argument "${key}"\n${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${key} needs a value\n${USAGE}`);
    args.set(key.slice(2), value);
  }
  const known = ['train', 'test', 'train-seed', 'test-seed', 'low', 'high', 'out'];
  for (const key of args.keys()) if (!known.includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const int = (name: string, fallback: number, min: number, max = 1e9) => {
    const raw = args.get(name);
    const v = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`--${name} must be an integer in ${min}..${max}, got "${raw}"`);
    return v;
  };
  const o = {
    train: int('train', 800, 0), test: int('test', 64, 0), trainSeed: int('train-seed', 61, 0), testSeed: int('test-seed', 62, 0),
    low: int('low', 128, 16, 512), high: int('high', 512, 16, 1024), out: resolve(args.get('out') ?? 'out/upscale-pairs'),
  };
  if (o.high % o.low !== 0 || o.high === o.low) throw new Error(`--high must be a multiple of --low (an integer factor > 1), got ${o.low} → ${o.high}`);
  if (o.trainSeed === o.testSeed) throw new Error('--train-seed and --test-seed must differ: the split is by seed');
  return o;
}

function writeSplit(dir: string, count: number, seed: number, low: number, high: number): object[] {
  mkdirSync(dir, { recursive: true });
  const lo = new NpyWriter(join(dir, 'lo.npy'), count, [low, low, 3]);
  const hi = new NpyWriter(join(dir, 'hi.npy'), count, [high, high, 3]);
  const scenes = [];
  for (let i = 0; i < count; i++) {
    const p = scenePair(seed, i, low, high);
    lo.write(p.lo);
    hi.write(p.hi);
    scenes.push({ index: i, id: p.id, style: p.style, setting: p.setting });
  }
  lo.close();
  hi.close();
  writeFileSync(join(dir, 'scenes.json'), JSON.stringify(scenes) + '\n');
  return scenes;
}

export function writePairs(o: PairsOptions, log: (s: string) => void = () => {}): void {
  const t0 = Date.now();
  for (const [split, count, seed] of [['train', o.train, o.trainSeed], ['test', o.test, o.testSeed]] as const) {
    writeSplit(join(o.out, split), count, seed, o.low, o.high);
    log(`${split}: ${count} scenes (seed ${seed}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const { out: _out, ...rest } = o;
  writeFileSync(join(o.out, 'pairs.json'), JSON.stringify({ format: 'toon-upscale-pairs/1', ...rest, factor: o.high / o.low,
    styles: 'index % 4 → ink, pastel, screentone, manga' }, null, 1) + '\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('pairs-cli.ts');
if (isMain) {
  try {
    const o = parsePairsArgs(process.argv.slice(2));
    console.log(`upscale pairs: ${o.train} train (seed ${o.trainSeed}) + ${o.test} test (seed ${o.testSeed}), ${o.low} → ${o.high} px → ${o.out}`);
    writePairs(o, console.log);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
