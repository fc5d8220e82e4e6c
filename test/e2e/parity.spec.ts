// Browser outputs of the toon-mini models (model workers, onnxruntime-web) against the PyTorch fixtures
// written at export, on WASM and on WebGPU (SwiftShader here: the small fixture inputs only).
// Tolerances: each fixture's own (cosine ≥ 0.99 and a per-model max |diff|).
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import type { PipelineHarness } from './pages/pipeline-harness';

interface TensorJson { type: 'float32' | 'int64'; dims: number[]; data: number[] }
interface Fixture { model: string; tolerance: { cosine: number; max_abs: number }; inputs: Record<string, TensorJson>; outputs: Record<string, TensorJson> }

const FIXTURES: [file: string, modelId: string][] = [
  ['text-encoder', 'text_encoder'], ['vision-encoder', 'vision_encoder'], ['gan-generator', 'gan_generator'],
  ['depth-estimator', 'depth_estimator'], ['ldm-unet', 'unet'], ['ldm-vae-encoder', 'vae_encoder'], ['ldm-vae-decoder', 'vae_decoder'],
];
const path = (f: string) => `test/fixtures/toon-mini/${f}.json`;
const present = FIXTURES.filter(([f]) => existsSync(path(f)));
type Win = Window & { harness: PipelineHarness };

function compare(got: number[], want: number[]) {
  let dot = 0, na = 0, nb = 0, maxAbs = 0;
  want.forEach((w, i) => { dot += got[i] * w; na += got[i] ** 2; nb += w ** 2; maxAbs = Math.max(maxAbs, Math.abs(got[i] - w)); });
  return { cosine: dot / (Math.sqrt(na * nb) || 1), maxAbs };
}

for (const backend of ['wasm', 'webgpu'] as const) {
  test.describe(`toon-mini parity on ${backend}`, () => {
    test.skip(present.length === 0, 'no toon-mini fixtures exported yet (python3 -m training.suite.export_core, training.ldm.export)');
    for (const [file, modelId] of present) {
      test(`${modelId} matches PyTorch`, async ({ page }) => {
        test.setTimeout(240_000);
        const fx = JSON.parse(readFileSync(path(file), 'utf8')) as Fixture;
        await page.goto('/test/e2e/pages/pipeline-harness.html');
        await page.waitForFunction(() => document.body.dataset.ready === 'true');
        const info = await page.evaluate((b) => (window as unknown as Win).harness.start(b), backend);
        expect(info.kind).toBe(backend);
        const result = await page.evaluate(([id, feeds]) => (window as unknown as Win).harness.runModel(id, feeds), [modelId, fx.inputs] as const);
        for (const [name, want] of Object.entries(fx.outputs)) {
          const got = result.outputs[name];
          expect(got.dims, name).toEqual(want.dims);
          const { cosine, maxAbs } = compare(got.data, want.data);
          console.log(`${backend} ${modelId}.${name}: cosine ${cosine.toFixed(6)}, max|diff| ${maxAbs.toExponential(2)}, ${result.ms.toFixed(0)} ms`);
          expect(cosine, `${name} cosine`).toBeGreaterThanOrEqual(fx.tolerance.cosine);
          expect(maxAbs, `${name} max |diff|`).toBeLessThanOrEqual(fx.tolerance.max_abs);
        }
      });
    }
  });
}
