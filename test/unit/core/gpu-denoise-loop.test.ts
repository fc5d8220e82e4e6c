// The GPU loop's code path (glue graphs, tensor hand-offs, folded VAE scale, disposal) with the real toon-mini
// UNet and VAE on onnxruntime-node, where the "device" is the CPU: it must give the CPU loop's latents and images.
// The WebGPU run of the same code is test/e2e/gpu-loop.spec.ts.
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSuite } from '../../../src/core/manifest';
import { DiffusionModel, feedsGpuLoop, type DenoiseRequest } from '../../../src/core/models/diffusion-model';
import type { TensorHome } from '../../../src/core/models/gpu-denoise-loop';
import type { Session, Tensor } from '../../../src/core/models/ort-like';
import { NodeEngine } from '../../../tools/cli/node-engine';

const SUITE = 'public/models/toon-mini';
const engine = new NodeEngine({ suiteDir: SUITE, galleryDir: 'public/gallery/toon-mini', threads: 1 });

/** A CPU TensorHome that records every tensor the loop makes, so the test can see each one disposed. */
function trackingHome(): { home: TensorHome; made: Tensor[]; wrap: (s: Session) => Session } {
  const made: Tensor[] = [];
  const wrap = (s: Session): Session => new Proxy(s, {
    get(target, key) {
      if (key !== 'run') return Reflect.get(target, key);
      return async (feeds: Record<string, Tensor>) => {
        const out = await target.run(feeds);
        made.push(...Object.values(out));
        return out;
      };
    },
  });
  const home: TensorHome = {
    async upload(data, dims) {
      const t = new ort.Tensor('float32', data.slice(), dims);
      made.push(t);
      return t;
    },
    createSession: async (bytes) => wrap(await ort.InferenceSession.create(bytes)),
  };
  return { home, made, wrap };
}

/** Tolerance for fp32 rounding: the glue graphs step in float32, the CPU loop in float64, and a guided trained
 * UNet amplifies those ulps, so the bound grows with the values' scale (a real bug differs by 1e-2 or more). */
function fp32Bound(ref: ArrayLike<number>, relative: number): number {
  let m = 1;
  for (let i = 0; i < ref.length; i++) m = Math.max(m, Math.abs(ref[i]));
  return relative * m;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

let cpu: DiffusionModel;
let request: (over: Partial<DenoiseRequest>) => DenoiseRequest;

beforeAll(async () => {
  cpu = await engine.diffusionModel();
  const states = await engine.encodeText(['A man is skiing down the ski slope.', '']);
  const tokens = states.lastHidden.length / 2;
  // A left-to-right depth ramp, so the depth channel carries something.
  const depth = { width: 64, height: 64, data: Uint8Array.from({ length: 64 * 64 }, (_, i) => (i % 64) * 4) };
  request = (over) => ({
    cond: states.lastHidden.slice(0, tokens), uncond: states.lastHidden.slice(tokens), style: 'ink',
    reference: null, depth, seeds: [11, 12], steps: 3, guidance: 7.5, strength: 1, ...over,
  });
});
afterAll(() => engine.dispose());

async function gpuModel() {
  const track = trackingHome();
  const s = (id: string) => engine.session(id).then(track.wrap);
  const model = new DiffusionModel(ort, await s('unet'), await s('vae_encoder'), await s('vae_decoder'), cpu.config, track.home);
  return { model, made: track.made };
}

describe('GPU denoise loop on onnxruntime-node vs the CPU loop', () => {
  it('txt2img, 2 variants, 3 steps: same latents and images; every tensor it made is disposed', async () => {
    const { model, made } = await gpuModel();
    expect(model.loop).toBe('gpu');
    const steps: number[] = [];
    const gpu = await model.generate(request({}), { onStep: (s) => steps.push(s) }, { latents: true });
    const ref = await cpu.generate(request({}), {}, { latents: true });
    expect(cpu.loop).toBe('cpu');
    expect(steps).toEqual([1, 2, 3]);
    const latentDiff = maxAbsDiff(gpu.latents!, ref.latents!);
    const imageDiff = maxAbsDiff(gpu.images, ref.images);
    console.log(`node GPU-loop code vs CPU loop: latents max|diff| ${latentDiff.toExponential(2)}, images ${imageDiff.toExponential(2)}`);
    expect(latentDiff).toBeLessThan(fp32Bound(ref.latents!, 1e-5));
    expect(imageDiff).toBeLessThan(fp32Bound(ref.images, 5e-5));
    // 3 uploads + per step feed/UNet/step outputs + the decoder output: all released.
    expect(made.length).toBe(3 + 3 * 3 + 1);
    expect(made.filter((t) => t.location !== 'none')).toEqual([]);
    await model.release();
  });

  it('img2img with a reference, and strength 0 (no steps: the reference latent decoded)', async () => {
    const { model } = await gpuModel();
    const reference = { width: 64, height: 64, data: Uint8ClampedArray.from({ length: 64 * 64 * 4 }, (_, i) => (i * 37) % 256) };
    for (const strength of [0.7, 0]) {
      const req = request({ reference, strength, seeds: [3] });
      const gpu = await model.generate(req, {}, { latents: true });
      const ref = await cpu.generate(req, {}, { latents: true });
      expect(maxAbsDiff(gpu.latents!, ref.latents!), `strength ${strength}`).toBeLessThan(fp32Bound(ref.latents!, 1e-5));
      expect(maxAbsDiff(gpu.images, ref.images), `strength ${strength}`).toBeLessThan(fp32Bound(ref.images, 5e-5));
    }
    await model.release();
  });

  it('a cancellation between UNet steps rejects and leaves no tensor allocated', async () => {
    const { model, made } = await gpuModel();
    let calls = 0;
    const checkpoint = async () => {
      if (++calls === 3) throw new Error('cancelled');
    };
    await expect(model.generate(request({}), { checkpoint })).rejects.toThrow('cancelled');
    expect(made.length).toBeGreaterThan(3);
    expect(made.filter((t) => t.location !== 'none')).toEqual([]);
    await model.release();
  });

  it('without a TensorHome the GPU loop is refused with a clear message', async () => {
    await expect(cpu.generate(request({}), {}, { loop: 'gpu' })).rejects.toThrow(/WebGPU/);
  });
});

describe('feedsGpuLoop', () => {
  it('keeps exactly the UNet and the VAE decoder outputs on the GPU (by the SD2-depth interface)', () => {
    const suite = JSON.parse(readFileSync(`${SUITE}/suite.json`, 'utf8')) as ModelSuite;
    const chosen = suite.models.filter((m) => m.files.some(feedsGpuLoop)).map((m) => m.id);
    expect(chosen).toEqual(['unet', 'vae_decoder']);
  });
});
