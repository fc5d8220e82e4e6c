// The diffusion worker's GPU denoise loop (glue graphs between UNet calls, latents kept on the GPU) against the CPU
// loop on the same WebGPU backend (SwiftShader here: 1 variant, 2 steps), and WASM still on the CPU loop, unchanged:
// its latents match onnxruntime-node's CPU loop. Requests are built in Node so every run sees the same inputs.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import type { PipelineHarness, PlainDenoiseRequest } from './pages/pipeline-harness';
import { NodeEngine } from '../../tools/cli/node-engine';

type Win = Window & { harness: PipelineHarness };

// Tolerances. Same backend, same UNet: only the float32 glue maths differ from the CPU loop's float64 step.
const GPU_VS_CPU = { latents: 1e-5, rgba: 1 };
// WASM vs native CPU kernels, two UNet steps apart.
const WASM_VS_NODE = { latents: 1e-3 };

let req: PlainDenoiseRequest;
// The panel is the VAE's image size (64 px smoke weights, 128 px since the GPU run): read, not assumed.
const PANEL_SIZE = (JSON.parse(readFileSync('public/models/toon-mini/vae_decoder/config.json', 'utf8')) as { sample_size: number }).sample_size;
let nodeLatents: Float32Array;

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

test.beforeAll(async () => {
  const engine = new NodeEngine({ suiteDir: 'public/models/toon-mini', galleryDir: 'public/gallery/toon-mini', threads: 1 });
  try {
    const states = await engine.encodeText(['A man is skiing down the ski slope.', '']);
    const tokens = states.lastHidden.length / 2;
    req = {
      cond: Array.from(states.lastHidden.slice(0, tokens)), uncond: Array.from(states.lastHidden.slice(tokens)),
      style: 'ink', seeds: [11], steps: 2, guidance: 7.5, strength: 1,
      // A left-to-right depth ramp, so the depth channel carries something.
      depth: { width: 64, height: 64, data: Array.from({ length: 64 * 64 }, (_, i) => (i % 64) * 4) },
    };
    const model = await engine.diffusionModel();
    nodeLatents = await model.denoise({
      ...req, reference: null, cond: Float32Array.from(req.cond), uncond: Float32Array.from(req.uncond),
      depth: { ...req.depth, data: Uint8Array.from(req.depth.data) },
    });
  } finally {
    await engine.dispose();
  }
});

async function open(page: import('@playwright/test').Page, backend: 'wasm' | 'webgpu') {
  await page.goto('/test/e2e/pages/pipeline-harness.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const info = await page.evaluate((b) => (window as unknown as Win).harness.start(b), backend);
  expect(info.kind).toBe(backend);
}

const denoise = (page: import('@playwright/test').Page, loop: 'gpu' | 'cpu' | 'auto') =>
  page.evaluate(([r, l]) => (window as unknown as Win).harness.denoiseLoop(r, l), [req, loop] as const);

test('WebGPU: the GPU loop gives the CPU loop\'s latents and panel on the same backend', async ({ page }) => {
  test.setTimeout(300_000);
  await open(page, 'webgpu');
  const gpu = await denoise(page, 'auto');
  expect(gpu.loop, 'WebGPU picks the GPU loop').toBe('gpu');
  const cpu = await denoise(page, 'cpu');
  expect(cpu.loop).toBe('cpu');
  const latents = maxAbsDiff(gpu.latents, cpu.latents);
  const rgba = maxAbsDiff(gpu.panels[0].data, cpu.panels[0].data);
  console.log(`webgpu GPU loop vs CPU loop: latents max|diff| ${latents.toExponential(2)}, panel RGBA max|diff| ${rgba}; ` +
    `${gpu.ms.toFixed(0)} ms vs ${cpu.ms.toFixed(0)} ms; vs onnxruntime-node latents ${maxAbsDiff(gpu.latents, nodeLatents).toExponential(2)}`);
  expect(gpu.panels[0].width).toBe(PANEL_SIZE);
  expect(latents).toBeLessThanOrEqual(GPU_VS_CPU.latents);
  expect(rgba).toBeLessThanOrEqual(GPU_VS_CPU.rgba);
  // Not a degenerate panel: the decoder drew something with contrast.
  expect(new Set(gpu.panels[0].data).size).toBeGreaterThan(20);
});

test('WASM: still the CPU loop, matching onnxruntime-node; the GPU loop is refused there', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, 'wasm');
  const wasm = await denoise(page, 'auto');
  expect(wasm.loop, 'WASM keeps the CPU loop').toBe('cpu');
  const latents = maxAbsDiff(wasm.latents, nodeLatents);
  console.log(`wasm CPU loop vs onnxruntime-node: latents max|diff| ${latents.toExponential(2)}, ${wasm.ms.toFixed(0)} ms`);
  expect(latents).toBeLessThanOrEqual(WASM_VS_NODE.latents);
  await expect(denoise(page, 'gpu')).rejects.toThrow(/GPU denoise loop needs the WebGPU backend/);
});
