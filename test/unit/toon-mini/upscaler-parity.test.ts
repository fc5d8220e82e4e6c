// The exported toon upscaler against the PyTorch output stored at export (training/upscale/export.py), and its
// config: onnxruntime-node must agree within the fixture's tolerance, at the factor config.json declares.
import { describe, expect, it } from 'vitest';
import { expectFixtureParity, readJson } from './parity-fixture';

interface UpscalerConfig { model_type: string; factor: number; input_size: number; output_size: number }
interface Fixture { inputs: { image: { dims: number[] } }; outputs: { upscaled: { dims: number[] } } }

describe('toon upscaler', () => {
  it('onnxruntime-node reproduces the PyTorch output', () => expectFixtureParity('upscaler'));

  it('upscales by the factor its config declares', () => {
    const config = readJson<UpscalerConfig>('public/models/toon-mini/upscaler/config.json');
    const fx = readJson<Fixture>('test/fixtures/toon-mini/upscaler.json');
    expect(config.model_type).toBe('toon-upscaler');
    expect(config.output_size).toBe(config.input_size * config.factor);
    const [, , h, w] = fx.inputs.image.dims;
    expect(fx.outputs.upscaled.dims).toEqual([1, 3, h * config.factor, w * config.factor]);
  });
});
