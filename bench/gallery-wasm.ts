// The browser/native ratio for the vision encoder: onnxruntime-web WASM in Debian's Chromium vs onnxruntime-node,
// same model, same batch, same 2 threads. bench/gallery.ts scales the first-run embedding cost by it.
// npx tsx bench/gallery-wasm.ts [--model ONNX] [--tiles 256] [--batch 64]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { openModelBenchPage } from './lib/model-bench-page';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const modelPath = resolve(args.get('model') ?? 'public/models/toon-mini/vision_encoder/onnx/model.onnx');
const tiles = Number(args.get('tiles') ?? 256), batch = Number(args.get('batch') ?? 64), threads = 2;
const model = readFileSync(modelPath);

const session = await ortNode.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1 });
const input = new Float32Array(batch * 3 * 64 * 64).map((_, i) => ((i * 2654435761) % 255) / 127.5 - 1);
const feed = () => ({ pixel_values: new ortNode.Tensor('float32', input, [batch, 3, 64, 64]) });
await session.run(feed());
let t = performance.now();
for (let done = 0; done < tiles; done += batch) await session.run(feed());
const nodeMs = (performance.now() - t) / (Math.ceil(tiles / batch) * batch);
await session.release();
console.log(`onnxruntime-node (${threads} threads, batch ${batch}): ${nodeMs.toFixed(2)} ms/tile`);

const { page, modelUrl, close } = await openModelBenchPage('vision-wasm.html', 'bench-vision.onnx', model, 5192);
try {
  t = performance.now();
  const r = await page.evaluate(([url, n, b, th]) => (window as unknown as {
    benchVision: (u: string, n: number, b: number, t: number) => Promise<{ createMs: number; msPerTile: number; isolated: boolean }>;
  }).benchVision(url, n, b, th), [modelUrl, tiles, batch, threads] as const);
  console.log(`onnxruntime-web WASM in Chromium (${threads} threads, cross-origin isolated: ${r.isolated}, batch ${batch}): ` +
    `${r.msPerTile.toFixed(2)} ms/tile, session ${r.createMs.toFixed(0)} ms`);
  console.log(`ratio WASM / node: ${(r.msPerTile / nodeMs).toFixed(2)}  → 2,000 tiles: node ${(2 * nodeMs).toFixed(1)} s, ` +
    `browser ${(2 * r.msPerTile).toFixed(1)} s`);
} finally {
  await close();
}
