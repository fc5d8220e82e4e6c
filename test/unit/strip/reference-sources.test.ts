// Reference sources: Composed (the default where the engine composes), the gallery, the author's own images.
import { describe, expect, it } from 'vitest';
import { referenceSource, runPanel } from '../../../src/features/strip/shared/panel-flow';
import type { ComposeRequest, PanelEngine, SceneHit } from '../../../src/features/strip/shared/strip-contract';
import type { ComposedPanel, PanelLayout } from '../../../src/features/composer/shared/composer-contract';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';
import type { DenoiseRequest } from '../../../src/core/models/diffusion-model';

const defaults = readAppDefaults();
const plan: ScenePlan = {
  id: '1', text: 'A man walks a dog in the park.', setting: 'park', time: 'day', cast: [{ id: 'c1', kind: 'man', confidence: 1 }],
  objects: [{ kind: 'dog', count: 1, confidence: 1 }], relations: [], unknown: [],
  confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
};
const layoutOf = (width: number, height: number): PanelLayout => ({
  scene: { id: 'p', setting: 'park', time: 'day', style: 'ink', objects: [], relations: [] }, width, height, looks: {},
});

function fakeEngine(hits: SceneHit[], withCompose = true) {
  const calls = { compose: [] as ComposeRequest[], denoise: [] as DenoiseRequest[], searchK: [] as number[] };
  const size = defaults.panel.displaySize;
  const engine: PanelEngine = {
    encodeText: async () => ({ batch: 2, lastHidden: new Float32Array(2 * 48 * 4), hiddenDim: 4, pooler: new Float32Array(8), embeds: new Float32Array(2 * 512), embedDim: 512 }),
    search: async (_e, k) => { calls.searchK.push(k); return hits; },
    reference: async () => ({ image: { width: 2, height: 2, data: new Uint8ClampedArray(16) }, depth: { width: 2, height: 2, data: new Uint8ClampedArray(4) } }),
    denoise: async (req) => {
      calls.denoise.push(req);
      return req.seeds.map(() => ({ width: size, height: size, data: new Uint8ClampedArray(size * size * 4).fill(90) }));
    },
    gan: async () => new Float32Array(0),
  };
  if (withCompose) {
    engine.compose = async (req): Promise<ComposedPanel> => {
      calls.compose.push(req);
      const { width, height } = req.frame;
      const depth = new Uint8ClampedArray(width * height);
      depth.fill(200, 0, width * height / 2); // near top half, so the shrunk depth must show it
      return { image: { width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) }, depth: { width, height, data: depth }, layout: req.layout ?? layoutOf(width, height) };
    };
  }
  return { engine, calls };
}

const opts = { mode: 'diffusion' as const, style: 'pastel' as const, seed: 3 };

describe('reference sources', () => {
  it('composes by default where the engine composes, else retrieves', () => {
    expect(referenceSource(fakeEngine([]).engine, {})).toBe('composed');
    expect(referenceSource(fakeEngine([], false).engine, {})).toBe('gallery');
    expect(referenceSource(fakeEngine([]).engine, { source: 'own' })).toBe('own');
  });

  it('a composed panel: the crisp drawing at 800 px is the last variant, the models restyle it from its exact depth at their size', async () => {
    const { engine, calls } = fakeEngine([]);
    const r = await runPanel(engine, { index: 1, text: plan.text, plan, frame: { width: 800, height: 450 }, opts: { ...opts, looks: { c1: { variant: 1, tone: 0, accent: '#2f6fd6', size: 1 } } }, defaults });
    expect(calls.compose).toHaveLength(1);
    expect(calls.compose[0]).toMatchObject({ plan, frame: { width: 800, height: 450 }, style: 'pastel', looks: { c1: { accent: '#2f6fd6' } } });
    expect(calls.searchK).toEqual([]);
    expect(r.source).toBe('composed');
    expect(r.variants.length).toBe(1 + defaults.panel.variants);
    expect(r.variants.at(-1)).toBe(r.composed?.image);
    // diffused panels come first, back in the panel's shape
    expect(r.variants.every((v) => v.width === 800 && v.height === 450)).toBe(true);
    expect(r.variants[0].data[0]).toBe(90);
    const req = calls.denoise[0];
    const size = defaults.panel.displaySize;
    expect([req.reference!.width, req.depth.width, req.depth.height]).toEqual([size, size, size]);
    expect(req.depth.data[0]).toBe(200);
    expect(req.depth.data[size * size - 1]).toBe(0);
    expect(req.strength).toBe(defaults.sampling.strength);
    expect(r.composed?.layout.width).toBe(800);
  });

  it('composes the author’s edited layout as it is, at its own size; retrieval mode gives the drawing alone', async () => {
    const { engine, calls } = fakeEngine([]);
    const layout = layoutOf(800, 1067);
    const r = await runPanel(engine, { index: 0, text: 'x', plan, layout, frame: { width: 800, height: 450 }, opts: { ...opts, mode: 'retrieval' }, defaults });
    expect(calls.compose[0].layout).toBe(layout);
    expect(calls.compose[0].frame).toEqual({ width: 800, height: 1067 });
    expect(r.variants).toHaveLength(1);
    expect(calls.denoise).toHaveLength(0);
  });

  it('a line with nothing to compose, the gallery source and own images retrieve', async () => {
    const gallery: SceneHit = { id: 'g', score: 0.9, setting: 'park', style: 'ink', objects: [], source: 'gallery' };
    const mine: SceneHit = { id: 'u', score: 0.4, setting: '', style: '', objects: [], source: 'user' };
    let run = fakeEngine([gallery, mine]);
    let r = await runPanel(run.engine, { index: 0, text: 'no plan', opts, defaults });
    expect([run.calls.compose.length, r.source, r.reference?.id]).toEqual([0, 'gallery', 'g']);
    run = fakeEngine([gallery, mine]);
    r = await runPanel(run.engine, { index: 0, text: 'x', plan, opts: { ...opts, source: 'gallery' }, defaults });
    expect([run.calls.compose.length, r.reference?.id]).toEqual([0, 'g']);
    run = fakeEngine([gallery, mine]);
    r = await runPanel(run.engine, { index: 0, text: 'x', plan, opts: { ...opts, source: 'own' }, defaults });
    expect([r.source, r.reference?.id]).toEqual(['own', 'u']);
    expect(run.calls.searchK[0]).toBeGreaterThanOrEqual(512);
    const warnings: string[] = [];
    run = fakeEngine([gallery]);
    r = await runPanel(run.engine, { index: 0, text: 'x', opts: { ...opts, source: 'own' }, defaults, onWarning: (m) => warnings.push(m) });
    expect(r.reference?.id).toBe('g');
    expect(warnings[0]).toMatch(/none of your own images/);
  });
});
