// The toon upscaler's cost per panel (128 → 512 px): onnxruntime-node and onnxruntime-web WASM in Debian's Chromium,
// same file, same 2 threads, in one run. Prints figures; nothing passes or fails on time.
// npm run bench:upscale -- [--model ONNX] [--runs 10] [--size 128] [--no-browser]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { median } from './lib/top-k-timing';
import { openModelBenchPage } from './lib/model-bench-page';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : argv[i + 1];
};
const modelPath = resolve(opt('model', 'public/models/toon-mini/upscaler/onnx/model.onnx'));
const runs = Number(opt('runs', '10')), size = Number(opt('size', '128')), threads = 2;
const model = readFileSync(modelPath);
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const session = await ortNode.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1 });
const input = new Float32Array(3 * size * size).map((_, i) => ((i * 2654435761) % 255) / 255);
const feed = () => ({ image: new ortNode.Tensor('float32', input, [1, 3, size, size]) });
const first = await session.run(feed());
console.log(`panel ${size} px → ${first.upscaled.dims.slice(2).join('×')} px, ${model.length} bytes of model`);
const nodeMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await session.run(feed());
  nodeMs.push(performance.now() - t);
}
await session.release();
console.log(`onnxruntime-node (${threads} threads): ${fmt(nodeMs)}`);

if (!argv.includes('--no-browser')) {
  const { page, modelUrl, close } = await openModelBenchPage('upscale-wasm.html', 'bench-upscaler.onnx', model, 5193);
  try {
    const r = await page.evaluate(([url, s, n, th]) => (window as unknown as {
      benchUpscale: (u: string, s: number, n: number, t: number) => Promise<{ createMs: number; ms: number[]; isolated: boolean }>;
    }).benchUpscale(url, s, n, th), [modelUrl, size, runs, threads] as const);
    console.log(`onnxruntime-web WASM in Chromium (${threads} threads asked, cross-origin isolated: ${r.isolated}): ${fmt(r.ms)}; ` +
      `session ${r.createMs.toFixed(0)} ms`);
    console.log(`browser WASM / node: ${(median(r.ms) / median(nodeMs)).toFixed(2)}×`);
  } finally {
    await close();
  }
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
