// Seeded synthetic feeds for single model calls, shared by the browser (WASM) and onnxruntime-node timings,
// and the Node side of that comparison on tools/cli/node-engine.ts's sessions.
import * as ort from 'onnxruntime-node';
import type { RawTensor } from '../../test/e2e/pages/workers/raw-run';
import { createRng } from '../../src/core/rng';
import type { NodeEngine } from '../../tools/cli/node-engine';

export interface ModelCall { label: string; modelId: string; feeds: Record<string, RawTensor> }

function noise(n: number, seed: number, scale = 1): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.range(-scale, scale));
}

/** UNet: 2 variants × (uncond, cond) = batch 4; latent = the panel size ÷ 4 (pass the suite's unet sample_size). */
export function unetCall(latent = 16, contextTokens = 49, contextDim = 256): ModelCall {
  const b = 4;
  return {
    label: `UNet call, batch ${b} (2 variants × guidance), ${latent}×${latent} latents`, modelId: 'unet',
    feeds: {
      sample: { type: 'float32', dims: [b, 5, latent, latent], data: noise(b * 5 * latent * latent, 1) },
      timestep: { type: 'int64', dims: [b], data: [500, 500, 500, 500] },
      encoder_hidden_states: { type: 'float32', dims: [b, contextTokens, contextDim], data: noise(b * contextTokens * contextDim, 2, 0.5) },
    },
  };
}

export function visionCall(size = 64): ModelCall {
  return {
    label: `vision encoder call, batch 1, ${size}×${size}`, modelId: 'vision_encoder',
    feeds: { pixel_values: { type: 'float32', dims: [1, 3, size, size], data: noise(3 * size * size, 3) } },
  };
}

export function vaeDecoderCall(latent = 16): ModelCall {
  return {
    label: `VAE decoder call, batch 2, ${latent}×${latent} → ${latent * 4} px`, modelId: 'vae_decoder',
    feeds: { latent_sample: { type: 'float32', dims: [2, 4, latent, latent], data: noise(2 * 4 * latent * latent, 4) } },
  };
}

function nodeFeeds(feeds: Record<string, RawTensor>): Record<string, ort.Tensor> {
  return Object.fromEntries(Object.entries(feeds).map(([name, t]) => [name, t.type === 'int64'
    ? new ort.Tensor('int64', BigInt64Array.from(Array.from(t.data, (v) => BigInt(Math.round(v)))), t.dims)
    : new ort.Tensor('float32', Float32Array.from(t.data), t.dims)]));
}

/** One warm-up call, then `calls` timed calls on onnxruntime-node (ms each). */
export async function timeNodeCall(engine: NodeEngine, call: ModelCall, calls: number): Promise<number[]> {
  const session = await engine.session(call.modelId);
  const feeds = nodeFeeds(call.feeds);
  await session.run(feeds);
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await session.run(feeds);
    ms.push(performance.now() - t0);
  }
  return ms;
}
