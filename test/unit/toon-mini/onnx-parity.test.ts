// Each exported toon-mini ONNX file (PART A: towers, DCGAN, depth) against the PyTorch outputs
// stored when it was exported: onnxruntime-node must agree within the fixture's tolerance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

interface TensorJson { type: 'float32' | 'int64'; dims: number[]; data: number[] }
interface Fixture {
  model: string;
  tolerance: { cosine: number; max_abs: number };
  inputs: Record<string, TensorJson>;
  outputs: Record<string, TensorJson>;
}

const FIXTURES = ['text-encoder', 'vision-encoder', 'gan-generator', 'depth-estimator'];

function toTensor(t: TensorJson): ort.Tensor {
  return t.type === 'int64'
    ? new ort.Tensor('int64', BigInt64Array.from(t.data.map((v) => BigInt(v))), t.dims)
    : new ort.Tensor('float32', Float32Array.from(t.data), t.dims);
}

function compare(got: Float32Array, want: number[]) {
  let dot = 0, na = 0, nb = 0, maxAbs = 0;
  want.forEach((w, i) => {
    dot += got[i] * w; na += got[i] ** 2; nb += w ** 2;
    maxAbs = Math.max(maxAbs, Math.abs(got[i] - w));
  });
  return { cosine: dot / (Math.sqrt(na * nb) || 1), maxAbs };
}

describe('toon-mini ONNX parity with PyTorch', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const fx = JSON.parse(readFileSync(join('test/fixtures/toon-mini', `${name}.json`), 'utf8')) as Fixture;
      const session = await ort.InferenceSession.create(join('public/models', fx.model));
      try {
        const feeds = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toTensor(v)]));
        const out = await session.run(feeds);
        for (const [output, want] of Object.entries(fx.outputs)) {
          expect(Array.from(out[output].dims), output).toEqual(want.dims);
          const { cosine, maxAbs } = compare(out[output].data as Float32Array, want.data);
          expect(cosine, `${output} cosine`).toBeGreaterThanOrEqual(fx.tolerance.cosine);
          expect(maxAbs, `${output} max |diff|`).toBeLessThanOrEqual(fx.tolerance.max_abs);
        }
      } finally {
        await session.release();
      }
    });
  }
});
