// A strip keeps its art style: a gallery reference drawn in another style gives only its depth (strength 1).
import { describe, expect, it } from 'vitest';
import { PANEL_DEFAULTS, panelStrength, runPanel, type PanelEngine, type SceneHit } from '../../../src/features/strip/shared/panel-flow';
import type { DenoiseRequest } from '../../../src/core/models/diffusion-model';

describe('panel strength', () => {
  it('starts from noise for a gallery scene in another style; same style, an upload or no reference keep img2img', () => {
    expect(panelStrength(undefined, 'ink', { source: 'gallery', style: 'manga' })).toBe(1);
    expect(panelStrength(undefined, 'ink', { source: 'gallery', style: 'ink' })).toBe(PANEL_DEFAULTS.strength);
    expect(panelStrength(undefined, 'ink', { source: 'user', style: '' })).toBe(PANEL_DEFAULTS.strength);
    expect(panelStrength(undefined, 'ink', undefined)).toBe(PANEL_DEFAULTS.strength);
    expect(panelStrength(0.5, 'ink', { source: 'gallery', style: 'manga' })).toBe(0.5);
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
    await runPanel(engine(hit), { index: 0, text: 'A dog in the park.', opts });
    await runPanel(engine({ ...hit, style: 'ink' }), { index: 0, text: 'A dog in the park.', opts });
    await runPanel(engine(hit), { index: 0, text: 'A dog in the park.', opts: { ...opts, strength: 0.6 } });
    expect(sent.map((r) => r.strength)).toEqual([1, PANEL_DEFAULTS.strength, 0.6]);
  });
});
