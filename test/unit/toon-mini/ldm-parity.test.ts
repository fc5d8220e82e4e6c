// The latent depth-to-image files (PART B: unet, vae_encoder, vae_decoder) against the PyTorch outputs
// stored at export, plus the Stable Diffusion 2 depth interface the diffuse worker relies on.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

interface TensorJson { type: 'float32' | 'int64'; dims: number[]; data: number[] }
interface Fixture {
  model: string;
  tolerance: { cosine: number; max_abs: number };
  inputs: Record<string, TensorJson>;
  outputs: Record<string, TensorJson>;
}

const MODELS = 'public/models';
const SUITE = join(MODELS, 'toon-mini');
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

function toTensor(t: TensorJson): ort.Tensor {
  return t.type === 'int64'
    ? new ort.Tensor('int64', BigInt64Array.from(t.data.map((v) => BigInt(v))), t.dims)
    : new ort.Tensor('float32', Float32Array.from(t.data), t.dims);
}

function compare(got: Float32Array, want: number[]) {
  let dot = 0, na = 0, nb = 0, maxAbs = 0;
  want.forEach((w, i) => {
    dot += got[i] * w; na += got[i] ** 2; nb += w ** 2;
    maxAbs = Math.max(maxAbs, Math.abs(got[i] - w));
  });
  return { cosine: dot / (Math.sqrt(na * nb) || 1), maxAbs };
}

async function withSession<T>(path: string, fn: (s: ort.InferenceSession) => Promise<T>): Promise<T> {
  const session = await ort.InferenceSession.create(path);
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}

describe('toon-mini LDM ONNX parity with PyTorch', () => {
  for (const name of ['ldm-unet', 'ldm-vae-encoder', 'ldm-vae-decoder']) {
    it(name, async () => {
      const fx = readJson<Fixture>(join('test/fixtures/toon-mini', `${name}.json`));
      await withSession(join(MODELS, fx.model), async (session) => {
        const feeds = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toTensor(v)]));
        const out = await session.run(feeds);
        for (const [output, want] of Object.entries(fx.outputs)) {
          expect(Array.from(out[output].dims), output).toEqual(want.dims);
          const { cosine, maxAbs } = compare(out[output].data as Float32Array, want.data);
          expect(cosine, `${output} cosine`).toBeGreaterThanOrEqual(fx.tolerance.cosine);
          expect(maxAbs, `${output} max |diff|`).toBeLessThanOrEqual(fx.tolerance.max_abs);
        }
      });
    });
  }
});

describe('toon-mini LDM: Stable Diffusion 2 depth interface', () => {
  const unetConfig = readJson<{ cross_attention_dim: number; context_length: number }>(join(SUITE, 'unet/config.json'));

  it('unet takes sample [B,5,h,w], int64 timestep [B], encoder_hidden_states [B,L,D] at any latent size', async () => {
    await withSession(join(SUITE, 'unet/model.onnx'), async (session) => {
      expect(session.inputNames).toEqual(['sample', 'timestep', 'encoder_hidden_states']);
      expect(session.outputNames).toEqual(['out_sample']);
      const [b, h, w, l, d] = [2, 12, 20, 5, unetConfig.cross_attention_dim];
      const out = await session.run({
        sample: new ort.Tensor('float32', new Float32Array(b * 5 * h * w).fill(0.1), [b, 5, h, w]),
        timestep: new ort.Tensor('int64', BigInt64Array.from([999n, 1n]), [b]),
        encoder_hidden_states: new ort.Tensor('float32', new Float32Array(b * l * d).fill(0.01), [b, l, d]),
      });
      expect(Array.from(out.out_sample.dims)).toEqual([b, 4, h, w]);
      expect((out.out_sample.data as Float32Array).every(Number.isFinite)).toBe(true);
    });
  });

  it('vae round trip keeps the f=4 geometry', async () => {
    const latent = await withSession(join(SUITE, 'vae_encoder/model.onnx'), async (s) => {
      const out = await s.run({ sample: new ort.Tensor('float32', new Float32Array(3 * 32 * 48).fill(-0.5), [1, 3, 32, 48]) });
      return out.latent_sample;
    });
    expect(Array.from(latent.dims)).toEqual([1, 4, 8, 12]);
    const image = await withSession(join(SUITE, 'vae_decoder/model.onnx'), (s) => s.run({ latent_sample: latent }));
    expect(Array.from(image.sample.dims)).toEqual([1, 3, 32, 48]);
  });

  it('every LDM file stays under 16 MiB and the style table matches the context width', () => {
    for (const f of ['unet/model.onnx', 'vae_encoder/model.onnx', 'vae_decoder/model.onnx']) {
      expect(statSync(join(SUITE, f)).size, f).toBeLessThanOrEqual(16 * 1024 * 1024);
    }
    const styles = readJson<{ styles: string[]; dim: number; rows: number[][] }>(join(SUITE, 'unet/style_embeddings.json'));
    expect(styles.styles).toEqual(['ink', 'pastel', 'screentone', 'manga', 'none']);
    expect(styles.rows.every((r) => r.length === unetConfig.cross_attention_dim)).toBe(true);
  });
});
