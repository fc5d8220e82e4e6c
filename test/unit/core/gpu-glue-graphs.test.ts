// The GPU loop's glue graphs (written in memory by src/core/onnx-writer), run by onnxruntime-node,
// against the CPU loop's maths in src/core/ddim.ts: the feed layout, CFG and the DDIM step, the folded VAE scale.
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import {
  alphasCumprod, DEFAULT_SCHEDULER_CONFIG, ddimStep, ddimStepCoefficients, ddimTimesteps, gaussianNoise, guidanceCombineBatch,
} from '../../../src/core/ddim';
import { cfgDdimStepBytes, unetFeedBytes, type LatentShape } from '../../../src/core/models/gpu-glue-graphs';

const shape: LatentShape = { n: 3, height: 4, width: 6 };
const plane = shape.height * shape.width;
const latentDims = [shape.n, 4, shape.height, shape.width];
const f32 = (data: Float32Array, dims: number[]) => new ort.Tensor('float32', data, dims);

async function runGraph(bytes: Uint8Array, feeds: Record<string, ort.Tensor>): Promise<ort.Tensor> {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const out = await session.run(feeds);
    expect(session.outputNames).toHaveLength(1);
    return out[session.outputNames[0]];
  } finally {
    await session.release();
  }
}

describe('unet_feed glue graph', () => {
  it('lays out [uncond | cond] × n with the depth channel after the 4 latent channels, as the CPU loop does', async () => {
    const latents = gaussianNoise(1, shape.n * 4 * plane) as Float32Array;
    const depth = gaussianNoise(2, plane) as Float32Array;
    const sample = await runGraph(unetFeedBytes(shape), { latents: f32(latents, latentDims), depth: f32(depth, [1, 1, shape.height, shape.width]) });
    expect(Array.from(sample.dims)).toEqual([2 * shape.n, 5, shape.height, shape.width]);
    // The CPU loop's packing (diffusion-model.ts cpuLoop), written out independently here.
    const want = new Float32Array(2 * shape.n * 5 * plane);
    for (let b = 0; b < 2 * shape.n; b++) {
      want.set(latents.subarray((b % shape.n) * 4 * plane, (b % shape.n + 1) * 4 * plane), b * 5 * plane);
      want.set(depth, b * 5 * plane + 4 * plane);
    }
    expect(Array.from(sample.data as Float32Array)).toEqual(Array.from(want));
  });
});

describe('cfg_ddim_step glue graph', () => {
  const ac = alphasCumprod(DEFAULT_SCHEDULER_CONFIG);
  for (const prediction_type of ['v_prediction', 'epsilon'] as const) {
    it(`equals guidanceCombineBatch + ddimStep within float32 rounding (${prediction_type}, every step of 4)`, async () => {
      const cfg = { ...DEFAULT_SCHEDULER_CONFIG, prediction_type };
      const guidance = 7.5;
      let worst = 0;
      for (const t of ddimTimesteps(cfg, 4)) {
        const x = gaussianNoise(t, shape.n * 4 * plane) as Float32Array;
        const out = gaussianNoise(t + 1, 2 * shape.n * 4 * plane) as Float32Array;
        const c = ddimStepCoefficients(t, cfg, ac, 4);
        const got = await runGraph(cfgDdimStepBytes(shape), {
          latents: f32(x, latentDims), out_sample: f32(out, [2 * shape.n, 4, shape.height, shape.width]),
          coefficients: f32(Float32Array.of(guidance, c.sample, c.output), [3]),
        });
        expect(Array.from(got.dims)).toEqual(latentDims);
        const want = ddimStep(guidanceCombineBatch(out, guidance), t, x, cfg, ac, 4);
        (got.data as Float32Array).forEach((g, i) => (worst = Math.max(worst, Math.abs(g - want[i]) / (1 + Math.abs(want[i])))));
      }
      // Float32 evaluation of the same linear form: a few ulps of the guided output's magnitude (g = 7.5 amplifies).
      expect(worst).toBeLessThan(2e-5);
    });
  }

  it('folds the decoder scale into the last step when (c1, c2) are divided by scaling_factor', async () => {
    const cfg = DEFAULT_SCHEDULER_CONFIG;
    const [t] = ddimTimesteps(cfg, 1);
    const scale = 0.6905152209457172;
    const x = gaussianNoise(5, shape.n * 4 * plane) as Float32Array;
    const out = gaussianNoise(6, 2 * shape.n * 4 * plane) as Float32Array;
    const c = ddimStepCoefficients(t, cfg, ac, 1);
    const got = await runGraph(cfgDdimStepBytes(shape), {
      latents: f32(x, latentDims), out_sample: f32(out, [2 * shape.n, 4, shape.height, shape.width]),
      coefficients: f32(Float32Array.of(3, c.sample / scale, c.output / scale), [3]),
    });
    const want = ddimStep(guidanceCombineBatch(out, 3), t, x, cfg, ac, 1);
    (got.data as Float32Array).forEach((g, i) => expect(Math.abs(g - want[i] / scale)).toBeLessThan(2e-5 * (1 + Math.abs(want[i] / scale))));
  });
});
