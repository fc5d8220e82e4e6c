// The strip's upscale step: diffusion and DCGAN variants go 128 → 512 px through the suite's upscaler (the real
// model on onnxruntime-node, through the CLIs' NodeEngine); a composed panel's goes through the guided upscaler with
// its drawing's edges; without an upscaler, or when it fails, they stay as drawn.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runPanel, upscalePanels } from '../../../src/features/strip/shared/panel-flow';
import type { PanelEngine, StripOptions, UpscaleGuides } from '../../../src/features/strip/shared/strip-contract';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import { shrinkImage } from '../../../src/core/pixel-resize';
import type { RgbaImage } from '../../../src/core/rgba-image';
import { GAN_SIZE } from '../../../src/core/models/gan-model';
import { NodeEngine } from '../../../tools/cli/node-engine';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';

const SUITE = 'public/models/toon-mini';
const hasModel = existsSync(`${SUITE}/upscaler/onnx/model.onnx`);
const defaults = readAppDefaults();

/** A 128 px panel: a sky gradient, a dark square and a white stripe (edges the upscaler must keep in place). */
function testPanel(size = 128, shift = 0): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = 4 * (y * size + x);
      const square = x >= 40 + shift && x < 88 + shift && y >= 48 && y < 96;
      const stripe = y >= 16 && y < 24;
      data[i] = square ? 30 : stripe ? 255 : 90 + y;
      data[i + 1] = square ? 40 : stripe ? 255 : 140 + (y >> 1);
      data[i + 2] = square ? 50 : stripe ? 255 : 220;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** Mean absolute difference (0–255) between a small image and a large one box-averaged down to its size. */
function meanDiffDown(small: RgbaImage, large: RgbaImage): number {
  const f = large.width / small.width;
  let sum = 0;
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      for (let c = 0; c < 3; c++) {
        let acc = 0;
        for (let dy = 0; dy < f; dy++) for (let dx = 0; dx < f; dx++) acc += large.data[4 * ((y * f + dy) * large.width + x * f + dx) + c];
        sum += Math.abs(acc / (f * f) - small.data[4 * (y * small.width + x) + c]);
      }
    }
  }
  return sum / (3 * small.width * small.height);
}

function meanAbsDiff(a: RgbaImage, b: RgbaImage): number {
  let sum = 0;
  for (let p = 0; p < a.data.length; p += 4) for (let c = 0; c < 3; c++) sum += Math.abs(a.data[p + c] - b.data[p + c]);
  return sum / (3 * a.width * a.height);
}

/** A fake panel engine (text, search, denoise, GAN) around an upscaler: only the upscale step is under test. */
function engineWith(upscale?: PanelEngine['upscale']): PanelEngine {
  return {
    encodeText: async () => ({ batch: 2, lastHidden: new Float32Array(2 * 48 * 4), hiddenDim: 4, pooler: new Float32Array(2 * 256),
      embeds: new Float32Array(2 * 512), embedDim: 512 }),
    search: async () => [],
    reference: async () => { throw new Error('no reference asked for'); },
    denoise: async (req) => req.seeds.map((_, v) => testPanel(128, v * 8)),
    gan: async (_s, seeds) => new Float32Array(seeds.length * 3 * GAN_SIZE * GAN_SIZE).map((_, i) => Math.sin(i / 97)),
    ...(upscale && { upscale }),
  };
}

const opts = (mode: StripOptions['mode']): StripOptions => ({ mode, style: 'ink', seed: 5, variants: 2, steps: 2 });

describe.skipIf(!hasModel)('upscale step on the real toon-mini upscaler (onnxruntime-node)', () => {
  const node = new NodeEngine({ suiteDir: SUITE, galleryDir: 'public/gallery/toon-mini', threads: 2 });
  afterAll(() => node.dispose());

  it('turns two 128 px diffusion variants into 512 px images of the same pictures', async () => {
    const warnings: string[] = [];
    const r = await runPanel(engineWith((images) => node.upscale(images)), { index: 0, text: 'A dog in the park.', opts: opts('diffusion'), defaults, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(r.variants.map((v) => [v.width, v.height, v.data.length])).toEqual([[512, 512, 512 * 512 * 4], [512, 512, 512 * 512 * 4]]);
    r.variants.forEach((v, i) => {
      // The same picture, larger: box-averaged back to 128 px it is within a few levels of the drawn panel...
      expect(meanDiffDown(testPanel(128, i * 8), v)).toBeLessThan(6);
      // ...and opaque.
      for (let p = 3; p < v.data.length; p += 4 * 997) expect(v.data[p]).toBe(255);
    });
    // Each variant upscaled from its own drawing, not one copied: they differ where the squares do.
    expect(meanDiffDown(testPanel(128, 8), r.variants[0])).toBeGreaterThan(meanDiffDown(testPanel(128, 0), r.variants[0]) + 3);
  });

  it('turns DCGAN variants (64 px, resized to 128) into 512 px images', async () => {
    const r = await runPanel(engineWith((images) => node.upscale(images)), { index: 0, text: 'A dog in the park.', opts: opts('gan'), defaults });
    expect(r.variants.map((v) => [v.width, v.height])).toEqual([[512, 512], [512, 512]]);
  });

  it('gives a composed panel the drawing\'s edge guide, and the guided upscaler keeps nearer the drawing', async () => {
    const guides: (UpscaleGuides | undefined)[] = [];
    const plan: ScenePlan = {
      id: '1', text: 'A man and a dog in the park.', setting: 'park', time: 'day', cast: [{ id: 'c1', kind: 'man', confidence: 1 }],
      objects: [{ kind: 'dog', count: 1, confidence: 1 }], relations: [], unknown: [],
      confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
    };
    // The real composer and upscalers; the denoiser hands back its reference (a panel that kept the drawing's lines).
    const e: PanelEngine = { ...engineWith(async (images, signal, g) => { guides.push(g); return node.upscale(images, signal, g); }),
      compose: (req) => node.compose(req), denoise: async (req) => req.seeds.map(() => req.reference!) };
    const r = await runPanel(e, { index: 0, text: plan.text, plan, frame: { width: 800, height: 800 }, opts: { ...opts('diffusion'), source: 'composed', variants: 1 }, defaults });
    expect(r.variants.map((v) => [v.width, v.height])).toEqual([[800, 800], [800, 800]]); // the panel, then the drawing
    const guide = guides[0]![0]!;
    expect(guide.length).toBe(512 * 512);
    const edges = guide.filter((v) => v > 0.5).length / guide.length;
    expect(edges).toBeGreaterThan(0.005); // outlines of the park, the man and the dog...
    expect(edges).toBeLessThan(0.3); // ...not noise
    // The same 128 px panel, upscaled with and without the guide, against the drawing at 512 px.
    const truth = shrinkImage(r.composed!.image, 512, 512);
    const small = shrinkImage(r.composed!.image, 128, 128);
    const [plain] = (await node.upscale([small]))!;
    const [guided] = (await node.upscale([small], undefined, [guide]))!;
    expect(meanAbsDiff(guided, truth)).toBeLessThan(meanAbsDiff(plain, truth));
  });

  it('leaves retrieval panels as they are (the gallery scene itself)', async () => {
    const image = testPanel(128);
    const e: PanelEngine = { ...engineWith((images) => node.upscale(images)),
      search: async () => [{ id: 'a', score: 1, setting: 'park', style: 'ink', objects: [], source: 'gallery' }],
      reference: async () => ({ image, depth: { width: 128, height: 128, data: new Uint8ClampedArray(128 * 128) } }) };
    const r = await runPanel(e, { index: 0, text: 'A park.', opts: { ...opts('retrieval'), variants: 1 }, defaults });
    expect(r.variants[0]).toBe(image);
  });
});

describe('upscale step without an upscaler, or when it fails', () => {
  const drawn = [testPanel(128), testPanel(128, 8)];

  it('keeps the drawn panels where the engine has no upscaler or the suite has none (null), with no warning', async () => {
    const warnings: string[] = [];
    expect(await upscalePanels(engineWith(), drawn, { index: 0, onWarning: (m) => warnings.push(m) })).toBe(drawn);
    expect(await upscalePanels(engineWith(async () => null), drawn, { index: 0, onWarning: (m) => warnings.push(m) })).toBe(drawn);
    expect(warnings).toEqual([]);
  });

  it('keeps the drawn 128 px panels and says so when the upscale fails (a lost GPU)', async () => {
    const warnings: string[] = [];
    const lost = engineWith(async () => { throw new Error('GPU device lost'); });
    const r = await runPanel(lost, { index: 2, text: 'A dog.', opts: opts('diffusion'), defaults, onWarning: (m) => warnings.push(m) });
    expect(r.variants.map((v) => v.width)).toEqual([128, 128]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('3');
    expect(warnings[0]).toContain('128');
    expect(warnings[0]).toContain('GPU device lost');
  });

  it('a short answer is a failure too, not fewer panels', async () => {
    const warnings: string[] = [];
    const out = await upscalePanels(engineWith(async (images) => images.slice(1)), drawn, { index: 0, onWarning: (m) => warnings.push(m) });
    expect(out).toBe(drawn);
    expect(warnings).toHaveLength(1);
  });

  it('a cancelled run stays cancelled (no warning, no panel)', async () => {
    const ac = new AbortController();
    ac.abort();
    const abort = Object.assign(new Error('cancelled'), { name: 'AbortError' });
    const warnings: string[] = [];
    await expect(upscalePanels(engineWith(async () => { throw abort; }), drawn, { index: 0, signal: ac.signal, onWarning: (m) => warnings.push(m) })).rejects.toBe(abort);
    expect(warnings).toEqual([]);
  });
});
