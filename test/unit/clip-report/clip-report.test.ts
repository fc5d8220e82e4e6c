// npm run clip-report end to end on a small ToonScenes build and the shipped toon-mini towers (onnxruntime-node).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../../tools/dataset/output/writer';
import { npyHeader } from '../../../tools/dataset/output/npy';
import { commands, parseOptions, runClipReport } from '../../../tools/clip-report/cli';
import { parseNpyUint8, readMeta } from '../../../tools/clip-report/dataset';
import { clipModelFiles } from '../../../tools/clip-report/model-files';

const root = mkdtempSync(join(tmpdir(), 'clip-report-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('.npy reader', () => {
  it('reads what the dataset writer writes, and names a file that is not .npy', () => {
    const data = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i);
    const bytes = new Uint8Array(Buffer.concat([npyHeader([2, 3, 4]), Buffer.from(data)]));
    expect(parseNpyUint8(bytes, 'x.npy')).toEqual({ shape: [2, 3, 4], data });
    expect(() => parseNpyUint8(bytes.subarray(0, bytes.length - 1), 'x.npy')).toThrow(/x.npy: 23 data bytes/);
    expect(() => parseNpyUint8(new Uint8Array(20), 'y.npy')).toThrow(/y.npy is not a .npy file/);
  });
});

describe('the recorded commands', () => {
  it('never carry a path outside the repo', () => {
    const meta = { name: 'ToonScenes', seed: 5, count: 3000, sizes: [64], settings: [], splits: {}, stories: 0, gallery: 0 };
    const inside = commands(parseOptions(['--dataset', join(root, 'ds')]), meta);
    expect(inside.command).toBe('npm run clip-report -- --dataset DS --split test --out public/models/toon-mini/report --seed 1');
    expect(inside.datasetCommand).toBe('npm run dataset -- --count 3000 --seed 5 --out DS --sizes 64 --stories 0 --gallery 0');
    const outside = commands(parseOptions(['--dataset', 'x', '--out', join(root, 'out'), '--seed', '7', '--models', root]), meta);
    expect(outside.command).toBe('npm run clip-report -- --dataset DS --split test --out OUT --seed 7 --models MODELS');
    expect(() => parseOptions(['--split', 'test'])).toThrow(/--dataset is required/);
  });
});

describe('npm run clip-report on toon-mini', () => {
  const ds = join(root, 'ds'), out = join(root, 'report');
  let report = '';
  beforeAll(async () => {
    await writeDataset({ count: 300, seed: 3, out: ds, sizes: [64], workers: 1, stories: 0, gallery: 0, contact: 0, workerEntry: resolve('tools/dataset/cli.ts') });
    await runClipReport(parseOptions(['--dataset', ds, '--out', out, '--seed', '2']), () => undefined);
    report = readFileSync(join(out, 'report.md'), 'utf8');
  }, 180_000);

  it('states every CLIP file\'s manifest sha256, and says so when the towers are smoke weights', () => {
    const models = clipModelFiles('public/models', 'toon-mini');
    for (const f of models.files) expect(report).toContain(f.sha256);
    expect(report.includes('**SMOKE WEIGHTS.**')).toBe(models.smoke);
    expect(report).toContain(`npm run dataset -- --count 300 --seed 3 --out DS --sizes 64`);
    expect(report).not.toContain(root);
  });

  it('prints Table 12 for EN and KO with MRR@K ≤ R@K, R@K rising with K, and MRR@1 = R@1', () => {
    const test = readMeta(ds).splits.test;
    for (const lang of ['EN', 'KO']) {
      const row = report.split('\n').find((l) => l.startsWith(`| ours, ${lang} captions |`));
      expect(row, lang).toBeDefined();
      const [m1, m5, m10, r1, r5, r10] = row!.split('|').slice(2, 8).map(Number);
      expect(m1).toBe(r1);
      expect(m5).toBeLessThanOrEqual(r5);
      expect(m10).toBeLessThanOrEqual(r10);
      expect(r1).toBeLessThanOrEqual(r5);
      expect(r5).toBeLessThanOrEqual(r10);
      expect(row).toContain(`${test * 5} queries, ${test} images`);
    }
  });

  it('writes six PNGs, each a real image well under 1 MB, all linked from the report', () => {
    const pngs = readdirSync(out).filter((n) => n.endsWith('.png')).sort();
    expect(pngs).toEqual(['pca-settings.png', 'pca-similarity.png', 'retrieval-en.png', 'retrieval-ko.png', 'similarity.png', 'zero-shot.png']);
    for (const name of pngs) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.length, name).toBeLessThan(1_000_000);
      const png = PNG.sync.read(bytes);
      expect(png.width * png.height, name).toBeGreaterThan(100_000);
      expect(report).toContain(`](${name})`);
    }
  });
});
