import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../tools/dataset/cli';
import { writeDataset, type BuildOptions } from '../../../tools/dataset/output/writer';

const root = mkdtempSync(join(tmpdir(), 'toonscenes-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function options(out: string, workers: number, seed = 9): BuildOptions {
  return {
    count: 40, seed, out: join(root, out), sizes: [64, 128], workers, stories: 6, gallery: 20, contact: 6,
    workerEntry: resolve('tools/dataset/cli.ts'),
  };
}

function digestTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('ToonScenes build', () => {
  beforeAll(async () => {
    await writeDataset(options('one', 1));
    await writeDataset(options('two', 2));
    await writeDataset(options('again', 1));
    await writeDataset(options('other', 1, 10));
  }, 240_000);

  it('writes identical bytes for the same seed, whatever the number of workers', () => {
    const one = digestTree(join(root, 'one'));
    expect(Object.keys(one)).toEqual(expect.arrayContaining([
      'dataset.json', 'README.md', 'contact-sheet.png', 'stories.jsonl', 'gallery/gallery.json',
      'train/scenes.jsonl', 'train/images_64.npy', 'train/images_128.npy', 'train/depth_64.npy', 'train/depth_128.npy',
    ]));
    expect(digestTree(join(root, 'two'))).toEqual(one);
    expect(digestTree(join(root, 'again'))).toEqual(one);
    expect(digestTree(join(root, 'other'))['train/images_64.npy']).not.toBe(one['train/images_64.npy']);
  });

  it('splits by scene with no test scene in train, rows in id order', () => {
    const ids = (split: string) => lines(join(root, 'one', split, 'scenes.jsonl')).map((r) => r.id as string);
    const train = ids('train'), val = ids('val'), test = ids('test');
    expect(train.length + val.length + test.length).toBe(40);
    expect(train.length).toBeGreaterThan(30);
    for (const id of [...test, ...val]) expect(train).not.toContain(id);
    for (const id of test) expect(val).not.toContain(id);
    expect([...train].sort()).toEqual(train);
    const meta = JSON.parse(readFileSync(join(root, 'one', 'dataset.json'), 'utf8'));
    expect(meta.splits).toEqual({ train: train.length, val: val.length, test: test.length });
  });

  it('stores records with five captions per language and a gallery that points at its tiles', () => {
    for (const r of lines(join(root, 'one', 'train', 'scenes.jsonl'))) {
      expect(r.captions.en).toHaveLength(5);
      expect(r.captions.ko).toHaveLength(5);
      expect(['ink', 'pastel', 'screentone', 'manga']).toContain(r.style);
    }
    const gallery = JSON.parse(readFileSync(join(root, 'one', 'gallery', 'gallery.json'), 'utf8'));
    expect(gallery.scenes).toHaveLength(20);
    expect(gallery.sheets[0]).toMatchObject({ image: 'images-000.webp', depth: 'depth-000.png', count: 20 });
    expect(lines(join(root, 'one', 'stories.jsonl'))).toHaveLength(6);
  });

  it('parses the command line and rejects bad input clearly', () => {
    const o = parseArgs(['--count', '10', '--seed', '3', '--out', 'x', '--sizes', '128,64', '--workers', '2']);
    expect(o).toMatchObject({ count: 10, seed: 3, sizes: [64, 128], workers: 2, gallery: 10 });
    expect(() => parseArgs(['--count', '-1'])).toThrow(/--count must be an integer/);
    expect(() => parseArgs(['--colour', 'red'])).toThrow(/unknown option --colour/);
    expect(() => parseArgs(['--sizes', '64,abc'])).toThrow(/--sizes/);
  });
});
