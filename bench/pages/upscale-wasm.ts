// Page for bench/upscale.ts: times the toon upscaler (one 128 px panel → 512 px) on onnxruntime-web WASM.
import * as ort from 'onnxruntime-web';

async function benchUpscale(modelUrl: string, size: number, runs: number, threads: number) {
  ort.env.wasm.numThreads = threads;
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(modelUrl, { executionProviders: ['wasm'] });
  const createMs = performance.now() - t0;
  const input = new Float32Array(3 * size * size).map((_, i) => ((i * 2654435761) % 255) / 255);
  const run = async () => {
    const out = await session.run({ image: new ort.Tensor('float32', input, [1, 3, size, size]) });
    for (const t of Object.values(out)) t.dispose();
  };
  await run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  await session.release();
  return { createMs, ms, isolated: crossOriginIsolated };
}

(window as unknown as { benchUpscale: typeof benchUpscale }).benchUpscale = benchUpscale;
document.body.dataset.ready = 'true';
