// The Node CLIs end to end on the shipped suite and gallery (onnxruntime-node): npm run retrieve / generate.
// TOON_MODELS / TOON_GALLERY point them at another export (e.g. a fresh training run) without editing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../../tools/cli/node-engine';
import { decodeEmbeddings, parseGalleryFile } from '../../../src/core/gallery-format';

const MODELS = process.env.TOON_MODELS ?? 'public/models';
const GALLERY = process.env.TOON_GALLERY ?? 'public/gallery/toon-mini';
const ready = existsSync(join(MODELS, 'toon-mini/suite.json')) && existsSync(join(GALLERY, 'gallery.json'));
const where = ['--models', MODELS, '--gallery', GALLERY];
const dir = mkdtempSync(join(tmpdir(), 'toon-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(script: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `tools/cli/${script}.ts`, ...args], { encoding: 'utf8' });
}

describe.skipIf(!ready)('npm run retrieve', () => {
  it('prints the brute-force cosine top-K with each scene’s metadata, one JSON line per query', async () => {
    const queries = [
      { id: 'k1', text: '부엌에서 개가 달리고 있다.' },
      { id: 'e1', text: 'A girl is skiing on the ski slope.' },
      { id: 'e2', text: 'Two ducks at the beach at sunset.' },
    ];
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, queries.map((q) => JSON.stringify(q)).join('\n') + '\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'tools/cli/retrieve.ts', '--queries', file, '--k', '5', ...where], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['k1', 'e1', 'e2']);

    const gallery = parseGalleryFile(JSON.parse(readFileSync(join(GALLERY, 'gallery.json'), 'utf8')));
    const vectors = decodeEmbeddings(readFileSync(join(GALLERY, gallery.embeddings.file)).buffer.slice(0) as ArrayBuffer, gallery.embeddings);
    const engine = new NodeEngine({ suiteDir: join(MODELS, 'toon-mini'), galleryDir: GALLERY });
    const states = await engine.encodeText(queries.map((q) => q.text));
    await engine.dispose();
    const d = gallery.embeddings.dim;
    queries.forEach((_, qi) => {
      const q = states.embeds.subarray(qi * d, (qi + 1) * d);
      const scored = gallery.scenes.map((s, i) => {
        let dot = 0, norm = 0;
        for (let j = 0; j < d; j++) { dot += q[j] * vectors[i * d + j]; norm += vectors[i * d + j] ** 2; }
        return { s, score: dot / Math.sqrt(norm) };
      }).sort((a, b) => b.score - a.score);
      const hits = lines[qi].hits;
      expect(hits).toHaveLength(5);
      hits.forEach((h: { id: string; score: number; setting: string; style: string; objects: string[] }, r: number) => {
        expect(h.score).toBeCloseTo(scored[r].score, 4);
        const scene = gallery.scenes.find((s) => s.id === h.id)!;
        expect(h).toMatchObject({ setting: scene.setting, style: scene.style, objects: scene.objects.map((o) => o.kind) });
      });
    });
  });

  it('--plans ranks each planned query by its plan (the app\'s ranker); a query without a record keeps CLIP order', () => {
    const queries = [
      { id: 'p1', text: 'A man and his dog fly two kites on the beach at sunset.' },
      { id: 'p2', text: 'A girl is skiing.' },
    ];
    const file = join(dir, 'pq.jsonl');
    writeFileSync(file, queries.map((q) => JSON.stringify(q)).join('\n') + '\n');
    const plans = join(dir, 'plans.jsonl');
    writeFileSync(plans, JSON.stringify({
      id: 'p1', text: queries[0].text, setting: 'beach', time: 'sunset',
      cast: [{ id: 'c1', kind: 'man', confidence: 0.9 }, { id: 'c2', kind: 'dog', confidence: 0.9 }],
      objects: [{ kind: 'kite', count: 2, confidence: 0.8 }], relations: [], unknown: [],
    }) + '\n');
    const planned = cli('retrieve', ['--queries', file, '--k', '5', '--plans', plans, ...where]);
    expect(planned.status, planned.stderr).toBe(0);
    expect(planned.stderr).toContain('1 of 2 queries have no record');
    const plain = cli('retrieve', ['--queries', file, '--k', '5', ...where]);
    const [a, b] = planned.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const [, bPlain] = plain.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(b).toEqual(bPlain);
    expect(a.planned).toBe(true);
    type Hit = { setting: string; time: string; counts: { kind: string; count: number }[]; missing: string[] };
    const hits = a.hits as Hit[];
    expect(hits).toHaveLength(5);
    for (const h of hits) {
      expect(h.setting).toBe('beach');
      expect(h.missing).toEqual(['man', 'dog', 'kite'].filter((k) => !h.counts.some((c) => c.kind === k)));
    }
    // Named kinds held never increase down the list.
    const held = hits.map((h) => 3 - h.missing.length);
    expect(held).toEqual([...held].sort((x, y) => y - x));
  });

  it('--plans names the line of a bad plan record', () => {
    const file = join(dir, 'q1.jsonl');
    writeFileSync(file, '{"id":"a","text":"ok"}\n');
    const plans = join(dir, 'bad-plans.jsonl');
    writeFileSync(plans, '{"id":"a","setting":null,"time":"noon","cast":[],"objects":[]}\n');
    const r = cli('retrieve', ['--queries', file, '--plans', plans, ...where]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-plans.jsonl:1: "time" must be one of day, sunset, night or null');
  });

  it('names the line of a bad query', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"ok"}\n{"id":"b"}\n');
    const r = cli('retrieve', ['--queries', file, ...where]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.jsonl:2: needs a non-empty "text"');
  });
});

function readPng(path: string) {
  return PNG.sync.read(readFileSync(path));
}

describe.skipIf(!ready)('npm run generate', () => {
  it('diffusion: two variants side by side, the same seed gives the same bytes, another seed differs', () => {
    const args = ['--text', 'A dog is running in the kitchen.', '--steps', '3', ...where];
    for (const [name, seed] of [['a', '5'], ['b', '5'], ['c', '6']]) {
      const r = cli('generate', [...args, '--seed', seed, '--out', join(dir, `${name}.png`)]);
      expect(r.status, r.stderr).toBe(0);
    }
    const a = readPng(join(dir, 'a.png'));
    const size = (JSON.parse(readFileSync(join(MODELS, 'toon-mini/vae_decoder/config.json'), 'utf8')) as { sample_size: number }).sample_size;
    // Drawn at the decoder's size, then ×4 through the suite's upscaler (the same step as the app's).
    expect([a.width, a.height]).toEqual([2 * 4 * size, 4 * size]);
    expect(readFileSync(join(dir, 'a.png')).equals(readFileSync(join(dir, 'b.png')))).toBe(true);
    expect(readFileSync(join(dir, 'a.png')).equals(readFileSync(join(dir, 'c.png')))).toBe(false);
  });

  it('gan and retrieval modes write panels; retrieval returns the gallery tiles themselves', () => {
    // Two variants side by side: DCGAN panels upscaled to 512 px, retrieval's gallery tiles at their 128 px.
    for (const [mode, width] of [['gan', 1024], ['retrieval', 256]] as const) {
      const r = cli('generate', ['--text', '해변의 소녀', '--mode', mode, '--out', join(dir, `${mode}.png`), ...where]);
      expect(r.status, r.stderr).toBe(0);
      expect(readPng(join(dir, `${mode}.png`)).width).toBe(width);
    }
    const png = readPng(join(dir, 'retrieval.png'));
    // A rendered scene is not flat: its pixels vary.
    const reds = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) reds.add(png.data[i]);
    expect(reds.size).toBeGreaterThan(8);
  });

  it('refuses an unknown mode with the list of modes', () => {
    const r = cli('generate', ['--text', 'x', '--out', join(dir, 'x.png'), '--mode', 'sketch', ...where]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--mode must be one of diffusion, gan, retrieval');
  });
});
