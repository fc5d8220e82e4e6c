// ddimStepCoefficients: the DDIM η=0 step as (c1, c2) with next = c1·x + c2·m, the form the GPU loop's glue graph uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alphasCumprod, createDdimScheduler, ddimStep, ddimStepCoefficients, ddimTimesteps, gaussianNoise, parseSchedulerConfig,
  type PredictionType,
} from '../../../src/core/ddim';

interface Fixture {
  config: Record<string, unknown>;
  ddim_steps: { prediction_type: PredictionType; num_steps: number; t: number; sample: number[]; model_output: number[]; prev_sample: number[] }[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/toon-mini/scheduler.json', import.meta.url), 'utf8')) as Fixture;
const cfg = parseSchedulerConfig(fixture.config);
const ac = alphasCumprod(cfg);

const linear = (c: { sample: number; output: number }, x: ArrayLike<number>, m: ArrayLike<number>) =>
  Array.from(x, (xi, i) => c.sample * xi + c.output * m[i]);

describe('ddimStepCoefficients', () => {
  it('reproduces the PyTorch reference steps (schedule.py) for v- and ε-prediction in float64', () => {
    expect(new Set(fixture.ddim_steps.map((s) => s.prediction_type))).toEqual(new Set(['v_prediction', 'epsilon']));
    for (const s of fixture.ddim_steps) {
      const c = ddimStepCoefficients(s.t, { ...cfg, prediction_type: s.prediction_type }, ac, s.num_steps);
      const got = linear(c, s.sample, s.model_output);
      got.forEach((g, i) => expect(Math.abs(g - s.prev_sample[i]), `${s.prediction_type} t=${s.t} [${i}]`).toBeLessThan(1e-9 * (1 + Math.abs(s.prev_sample[i]))));
    }
  });

  for (const prediction_type of ['v_prediction', 'epsilon'] as const) {
    it(`equals ddimStep at every timestep of 1, 2, 7 and 25 steps (${prediction_type}, incl. the last step past t=0)`, () => {
      const c = { ...cfg, prediction_type };
      const x = gaussianNoise(3, 64, new Float64Array(64));
      const m = gaussianNoise(4, 64, new Float64Array(64));
      for (const n of [1, 2, 7, 25]) {
        for (const t of ddimTimesteps(c, n)) {
          const want = ddimStep(m, t, x, c, ac, n, new Float64Array(64));
          const got = linear(ddimStepCoefficients(t, c, ac, n), x, m);
          got.forEach((g, i) => expect(Math.abs(g - want[i]), `n=${n} t=${t}`).toBeLessThan(1e-12 * (1 + Math.abs(want[i]))));
        }
      }
    });
  }

  it('is on the bound scheduler and rejects what ddimStep rejects', () => {
    const sched = createDdimScheduler(cfg);
    expect(sched.stepCoefficients(961, 25)).toEqual(ddimStepCoefficients(961, cfg, ac, 25));
    expect(() => sched.stepCoefficients(1000, 25)).toThrow(/timestep/);
    expect(() => sched.stepCoefficients(961, 0)).toThrow(/steps/);
  });
});
