// Page for bench/gallery-wasm.ts: times the vision encoder on onnxruntime-web WASM (threads as the app sets them).
import * as ort from 'onnxruntime-web';

async function benchVision(modelUrl: string, tiles: number, batch: number, threads: number) {
  ort.env.wasm.numThreads = threads;
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(modelUrl, { executionProviders: ['wasm'] });
  const createMs = performance.now() - t0;
  const input = new Float32Array(batch * 3 * 64 * 64).map((_, i) => ((i * 2654435761) % 255) / 127.5 - 1);
  const run = async () => {
    const out = await session.run({ pixel_values: new ort.Tensor('float32', input, [batch, 3, 64, 64]) });
    for (const t of Object.values(out)) t.dispose();
  };
  await run(); // warm-up
  const t1 = performance.now();
  for (let done = 0; done < tiles; done += batch) await run();
  const msPerTile = (performance.now() - t1) / (Math.ceil(tiles / batch) * batch);
  await session.release();
  return { createMs, msPerTile, isolated: crossOriginIsolated };
}

(window as unknown as { benchVision: typeof benchVision }).benchVision = benchVision;
document.body.dataset.ready = 'true';
