import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULER_CONFIG, addNoise, alphasCumprod, createDdimScheduler, ddimStep, ddimTimesteps, gaussianNoise,
  guidanceCombine, guidanceCombineBatch, img2imgTimesteps, parseSchedulerConfig, predictOriginal, type PredictionType,
} from '../../../src/core/ddim';

// Written by training/ldm/schedule.py write_fixture() (PyTorch, float64).
interface Fixture {
  config: Record<string, unknown>;
  alphas_cumprod: number[];
  timesteps: Record<string, number[]>;
  img2img: { num_steps: number; strength: number; timesteps: number[] };
  add_noise: { x0: number[]; noise: number[]; t: number; noisy: number[] };
  ddim_steps: { prediction_type: PredictionType; num_steps: number; t: number; sample: number[]; model_output: number[]; prev_sample: number[] }[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/toon-mini/scheduler.json', import.meta.url), 'utf8')) as Fixture;
const cfg = parseSchedulerConfig(fixture.config);

function maxRelErr(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.max(1e-12, Math.abs(expected[i])));
  return worst;
}

describe('DDIM schedule vs PyTorch (schedule.py)', () => {
  it('reads the exported config shape', () => {
    expect(cfg).toEqual({ ...DEFAULT_SCHEDULER_CONFIG });
  });

  it('alphas_cumprod matches in float64', () => {
    const ac = alphasCumprod(cfg);
    expect(ac.length).toBe(1000);
    expect(maxRelErr(ac, fixture.alphas_cumprod)).toBeLessThan(1e-12);
  });

  it('"leading" timesteps with steps_offset', () => {
    for (const [n, ts] of Object.entries(fixture.timesteps)) expect(ddimTimesteps(cfg, Number(n))).toEqual(ts);
    const { num_steps, strength, timesteps } = fixture.img2img;
    expect(img2imgTimesteps(cfg, num_steps, strength)).toEqual(timesteps);
  });

  it('add_noise matches', () => {
    const { x0, noise, t, noisy } = fixture.add_noise;
    const ac = alphasCumprod(cfg);
    expect(maxRelErr(addNoise(x0, noise, t, ac, new Float64Array(x0.length)), noisy)).toBeLessThan(1e-12);
    expect(maxRelErr(addNoise(x0, noise, t, ac), noisy)).toBeLessThan(1e-6);
  });

  it('DDIM η=0 steps match for v- and ε-prediction (float64 exact, float32 within 1e-5)', () => {
    const ac = alphasCumprod(cfg);
    expect(new Set(fixture.ddim_steps.map((s) => s.prediction_type))).toEqual(new Set(['v_prediction', 'epsilon']));
    for (const s of fixture.ddim_steps) {
      const c = { ...cfg, prediction_type: s.prediction_type };
      const exact = ddimStep(s.model_output, s.t, s.sample, c, ac, s.num_steps, new Float64Array(s.sample.length));
      expect(maxRelErr(exact, s.prev_sample), `${s.prediction_type} n=${s.num_steps} t=${s.t}`).toBeLessThan(1e-9);
      const f32 = ddimStep(Float32Array.from(s.model_output), s.t, Float32Array.from(s.sample), c, ac, s.num_steps);
      for (let i = 0; i < f32.length; i++) expect(Math.abs(f32[i] - s.prev_sample[i])).toBeLessThan(1e-5 * (1 + Math.abs(s.prev_sample[i])));
    }
  });
});

describe('DDIM behaviour', () => {
  const sched = createDdimScheduler(cfg);

  it('a perfect v-prediction lands on the clean latent at the last step', () => {
    // x_t = √a x0 + √(1−a) ε and v = √a ε − √(1−a) x0; the final step (prev ᾱ = ᾱ_0) should give ≈ x0 noised to t=0.
    const x0 = gaussianNoise(1, 64), eps = gaussianNoise(2, 64);
    const ts = sched.timesteps(25);
    let x: Float32Array | Float64Array = sched.addNoise(x0, eps, ts[0]);
    for (const t of ts) {
      const a = sched.alphasCumprod[t];
      const v = x0.map((x0i, i) => Math.sqrt(a) * eps[i] - Math.sqrt(1 - a) * x0i);
      expect(maxRelErr(sched.predictOriginal(v, t, x), x0)).toBeLessThan(1e-3);
      x = sched.step(v, t, x, 25);
    }
    const expected = sched.addNoise(x0, eps, 0);
    for (let i = 0; i < 64; i++) expect(x[i]).toBeCloseTo(expected[i], 4);
  });

  it('img2img strength: 1 = every step, 0 = none, in between = the tail', () => {
    expect(sched.timesteps(25, 1)).toEqual(ddimTimesteps(cfg, 25));
    expect(sched.timesteps(25, 0)).toEqual([]);
    expect(sched.timesteps(25, 0.75)).toEqual(ddimTimesteps(cfg, 25).slice(7));
    expect(() => sched.timesteps(25, 1.5)).toThrow(/strength/);
    expect(() => sched.timesteps(0)).toThrow(/steps/);
  });

  it('out may alias the sample (in-place stepping)', () => {
    const x = gaussianNoise(3, 16), m = gaussianNoise(4, 16);
    const fresh = sched.step(m, 501, x, 10);
    expect(sched.step(m, 501, x, 10, x)).toBe(x);
    expect(Array.from(x)).toEqual(Array.from(fresh));
  });

  it('rejects mismatched lengths and bad timesteps', () => {
    expect(() => sched.step(new Float32Array(3), 1, new Float32Array(4), 10)).toThrow(/lengths differ/);
    expect(() => sched.step(new Float32Array(4), 1000, new Float32Array(4), 10)).toThrow(/timestep/);
  });

  it('ε-prediction step matches the closed form', () => {
    const c = { ...cfg, prediction_type: 'epsilon' as const };
    const ac = alphasCumprod(c);
    const out = predictOriginal([0.5], 1, [1], c, ac);
    expect(out[0]).toBeCloseTo((1 - Math.sqrt(1 - ac[1]) * 0.5) / Math.sqrt(ac[1]), 6);
  });
});

describe('parseSchedulerConfig', () => {
  it('rejects settings it cannot honour', () => {
    expect(() => parseSchedulerConfig({ prediction_type: 'sample' })).toThrow(/prediction_type/);
    expect(() => parseSchedulerConfig({ timestep_spacing: 'trailing' })).toThrow(/timestep_spacing/);
    expect(() => parseSchedulerConfig({ beta_schedule: 'squaredcos_cap_v2' })).toThrow(/beta_schedule/);
    expect(() => parseSchedulerConfig({ clip_sample: true })).toThrow(/clip_sample/);
    expect(() => parseSchedulerConfig([])).toThrow(/object/);
  });
});

describe('guidance', () => {
  it('combines uncond + scale·(cond − uncond), also from a [uncond | cond] batch', () => {
    expect(Array.from(guidanceCombine([1, 2], [3, 0], 3))).toEqual([7, -4]);
    expect(Array.from(guidanceCombine([1, 2], [3, 0], 1))).toEqual([3, 0]);
    expect(Array.from(guidanceCombineBatch(new Float32Array([1, 2, 3, 0]), 3))).toEqual([7, -4]);
    expect(() => guidanceCombineBatch(new Float32Array(3), 2)).toThrow(/two halves/);
  });
});

describe('gaussianNoise', () => {
  it('is seeded, standard normal and finite', () => {
    const a = gaussianNoise(42, 100_001);
    expect(Array.from(gaussianNoise(42, 100_001))).toEqual(Array.from(a));
    expect(gaussianNoise(43, 8)).not.toEqual(gaussianNoise(42, 8));
    let sum = 0, sq = 0, within1 = 0, nonFinite = 0;
    for (const v of a) {
      if (!Number.isFinite(v)) nonFinite++;
      sum += v; sq += v * v;
      if (Math.abs(v) < 1) within1++;
    }
    expect(nonFinite).toBe(0);
    const mean = sum / a.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(Math.sqrt(sq / a.length - mean * mean) - 1)).toBeLessThan(0.01);
    expect(Math.abs(within1 / a.length - 0.6827)).toBeLessThan(0.005);
  });

  it('a prefix of a longer draw equals a shorter draw', () => {
    expect(Array.from(gaussianNoise(5, 7))).toEqual(Array.from(gaussianNoise(5, 8).subarray(0, 7)));
  });
});
