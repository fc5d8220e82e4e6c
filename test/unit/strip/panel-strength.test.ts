// A strip keeps its art style: a gallery reference drawn in another style gives only its depth (strength 1).
import { describe, expect, it } from 'vitest';
import { panelStrength, runPanel } from '../../../src/features/strip/shared/panel-flow';
import type { PanelEngine, SceneHit } from '../../../src/features/strip/shared/strip-contract';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';
import type { DenoiseRequest } from '../../../src/core/models/diffusion-model';

const defaults = readAppDefaults();
const { sampling } = defaults;

describe('panel strength', () => {
  it('starts from noise for a gallery scene in another style; same style, an upload or no reference keep img2img', () => {
    expect(panelStrength(undefined, 'ink', { source: 'gallery', style: 'manga' }, sampling)).toBe(1);
    expect(panelStrength(undefined, 'ink', { source: 'gallery', style: 'ink' }, sampling)).toBe(sampling.strength);
    expect(panelStrength(undefined, 'ink', { source: 'user', style: '' }, sampling)).toBe(sampling.strength);
    expect(panelStrength(undefined, 'ink', undefined, sampling)).toBe(sampling.strength);
    expect(panelStrength(0.5, 'ink', { source: 'gallery', style: 'manga' }, sampling)).toBe(0.5);
  });

  it('keeps the constant strength under any other rule', () => {
    expect(panelStrength(undefined, 'ink', { source: 'gallery', style: 'manga' }, { ...sampling, strengthRule: 'constant' })).toBe(sampling.strength);
  });

  it('runPanel hands the denoiser that strength for its top reference', async () => {
    const sent: DenoiseRequest[] = [];
    const engine = (top: SceneHit): PanelEngine => ({
      encodeText: async () => ({ batch: 2, lastHidden: new Float32Array(2 * 48 * 4), hiddenDim: 4, pooler: new Float32Array(8),
        embeds: new Float32Array(2 * 512), embedDim: 512 }),
      search: async () => [top, { ...top, id: 'b', style: 'ink' }],
      reference: async () => ({ image: { width: 2, height: 2, data: new Uint8ClampedArray(16) },
        depth: { width: 2, height: 2, data: new Uint8ClampedArray(4) } }),
      denoise: async (req) => { sent.push(req); return []; },
      gan: async () => new Float32Array(0),
    });
    const hit: SceneHit = { id: 'a', score: 0.8, setting: 'park', style: 'manga', objects: [], source: 'gallery' };
    const opts = { mode: 'diffusion' as const, style: 'ink' as const, seed: 1 };
    await runPanel(engine(hit), { index: 0, text: 'A dog in the park.', opts, defaults });
    await runPanel(engine({ ...hit, style: 'ink' }), { index: 0, text: 'A dog in the park.', opts, defaults });
    await runPanel(engine(hit), { index: 0, text: 'A dog in the park.', opts: { ...opts, strength: 0.6 }, defaults });
    expect(sent.map((r) => r.strength)).toEqual([1, sampling.strength, 0.6]);
  });
});
