// The latent depth-to-image files (unet, vae_encoder, vae_decoder) against the PyTorch outputs
// stored at export, plus the Stable Diffusion 2 depth interface the diffuse worker relies on.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { MODELS, expectFixtureParity, readJson, withSession } from './parity-fixture';

const SUITE = join(MODELS, 'toon-mini');

describe('toon-mini LDM ONNX parity with PyTorch', () => {
  for (const name of ['ldm-unet', 'ldm-vae-encoder', 'ldm-vae-decoder']) {
    it(name, () => expectFixtureParity(name));
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
