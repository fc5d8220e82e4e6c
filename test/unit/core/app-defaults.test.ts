// The shipped suite's app-defaults.json: it parses, and holds what the sampling sweep chose on val.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAppDefaults, zeroShotPrompt } from '../../../src/core/app-defaults';
import { ART_STYLES } from '../../../src/features/strip/shared/strip-contract';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';

const shipped = readAppDefaults('public/models/toon-mini');
const sweep = JSON.parse(readFileSync('public/models/toon-mini/report/sampling-sweep.json', 'utf8')) as {
  choice: { steps: number; guidance: number };
  rows: { steps: number; guidance: number; fd_clip: number; r_precision: number }[];
  split: string;
};

describe('the shipped app-defaults.json', () => {
  it('holds the sampling the report chose: 10 DDIM steps, guidance 3', () => {
    expect(shipped.sampling).toMatchObject({ steps: 10, guidance: 3, strength: 0.75, strengthRule: 'from-noise-when-gallery-style-differs' });
    expect(shipped.panel).toEqual({ variants: 2, topK: 5, displaySize: 128 });
  });

  it("is the sweep's choice, measured on val, and one of its measured rows", () => {
    expect(sweep.split).toBe('val');
    expect({ steps: shipped.sampling.steps, guidance: shipped.sampling.guidance }).toEqual({ steps: sweep.choice.steps, guidance: sweep.choice.guidance });
    const row = sweep.rows.find((r) => r.steps === shipped.sampling.steps && r.guidance === shipped.sampling.guidance);
    expect(row && Number.isFinite(row.fd_clip) && row.r_precision >= 0).toBe(true);
  });

  it('offers only styles the models know, and fills the label into both prompt templates', () => {
    expect(shipped.styles.every((s) => (ART_STYLES as readonly string[]).includes(s))).toBe(true);
    expect(zeroShotPrompt(shipped, 'en', 'kitchen')).toBe('the kitchen');
    expect(zeroShotPrompt(shipped, 'ko', '부엌')).toBe('부엌에서');
  });
});

describe('parseAppDefaults', () => {
  const good = JSON.parse(readFileSync('public/models/toon-mini/app-defaults.json', 'utf8')) as Record<string, unknown>;

  it('names the file and the field that is wrong', () => {
    expect(() => parseAppDefaults({ ...good, sampling: { ...(good.sampling as object), steps: 0 } }, 'x/app-defaults.json'))
      .toThrow(/^x\/app-defaults\.json: sampling\.steps must be a number in \[1, Infinity\], got 0$/);
    expect(() => parseAppDefaults({ ...good, panel: undefined })).toThrow('app-defaults.json: panel must be an object');
    expect(() => parseAppDefaults({ ...good, styles: [] })).toThrow('styles must be a non-empty list');
    expect(() => parseAppDefaults({ ...good, zeroShotPrompts: { en: 'the', ko: '{}에서' } })).toThrow('zeroShotPrompts.en must hold {}');
    expect(() => parseAppDefaults('nope')).toThrow('the file must be an object');
  });
});
