// The app's edge guide (src/core/models/upscale-guide.ts) against training's (training/upscale/guide.py) on the
// fixture stored at export, and the guided upscaler's ONNX file against PyTorch.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgeGuide } from '../../../src/core/models/upscale-guide';
import { expectFixtureParity, readJson } from './parity-fixture';

interface TensorJson { dims: number[]; data: number[] }

describe('guided upscaler', () => {
  it('computes the same edge guide as training', () => {
    const fx = readJson<{ image: TensorJson; guide: TensorJson }>('test/fixtures/toon-mini/upscale-guide.json');
    const [, , h, w] = fx.image.dims;
    const data = new Uint8ClampedArray(w * h * 4);
    // the fixture's image is bytes / 255 (export_guided.py), rounded to 4 decimals: back to the same bytes
    for (let i = 0; i < w * h; i++) {
      for (let c = 0; c < 3; c++) data[i * 4 + c] = Math.round(fx.image.data[c * w * h + i] * 255);
      data[i * 4 + 3] = 255;
    }
    const got = edgeGuide({ width: w, height: h, data });
    let maxAbs = 0;
    got.forEach((v, i) => (maxAbs = Math.max(maxAbs, Math.abs(v - fx.guide.data[i]))));
    expect(got.length).toBe(fx.guide.data.length);
    expect(maxAbs).toBeLessThan(1e-4); // float32 here, float32 there, 6 decimals stored
  });

  it.runIf(existsSync('public/models/toon-mini/upscaler_guided/onnx/model.onnx'))(
    'onnxruntime-node reproduces the PyTorch output', () => expectFixtureParity('upscaler_guided'));
});
