// Prints onnxruntime-node timings of the toon-mini LDM files (CPU): one UNet call with guidance
// (batch 2) at 16x16 and 32x32 latents, and one VAE decode. Figures only; nothing passes or fails.
// usage: node bench/ldm-unet-node.mjs [public/models/toon-mini] [runs]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';

const suite = process.argv[2] ?? 'public/models/toon-mini';
const runs = Number(process.argv[3] ?? 10);
const dim = JSON.parse(readFileSync(join(suite, 'unet/config.json'), 'utf8')).cross_attention_dim;
const filled = (n, v) => new Float32Array(n).fill(v);

async function time(session, feeds) {
  await session.run(feeds); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await session.run(feeds);
  return (performance.now() - t0) / runs;
}

const opts = { intraOpNumThreads: 2 };
const t0 = performance.now();
const unet = await ort.InferenceSession.create(join(suite, 'unet/model.onnx'), opts);
console.log(`unet session create: ${(performance.now() - t0).toFixed(0)} ms`);
for (const s of [16, 32]) {
  const ms = await time(unet, {
    sample: new ort.Tensor('float32', filled(2 * 5 * s * s, 0.1), [2, 5, s, s]),
    timestep: new ort.Tensor('int64', BigInt64Array.from([500n, 500n]), [2]),
    encoder_hidden_states: new ort.Tensor('float32', filled(2 * 49 * dim, 0.01), [2, 49, dim]),
  });
  console.log(`unet batch 2, ${s}x${s} latents: ${ms.toFixed(1)} ms/call (${runs} runs, 2 threads)`);
}
const dec = await ort.InferenceSession.create(join(suite, 'vae_decoder/model.onnx'), opts);
const ms = await time(dec, { latent_sample: new ort.Tensor('float32', filled(4 * 32 * 32, 0.1), [1, 4, 32, 32]) });
console.log(`vae_decoder 32x32 -> 128x128: ${ms.toFixed(1)} ms`);
