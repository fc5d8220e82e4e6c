// Shared by the toon-mini parity tests: load a fixture written at export (rounded inputs + PyTorch outputs)
// and check that onnxruntime-node reproduces its outputs within the fixture's tolerance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { expect } from 'vitest';

interface TensorJson { type: 'float32' | 'int64'; dims: number[]; data: number[] }
interface Fixture {
  model: string;
  tolerance: { cosine: number; max_abs: number };
  inputs: Record<string, TensorJson>;
  outputs: Record<string, TensorJson>;
}

export const MODELS = 'public/models';
export const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

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

export async function withSession<T>(path: string, fn: (s: ort.InferenceSession) => Promise<T>): Promise<T> {
  const session = await ort.InferenceSession.create(path);
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}

/** Runs test/fixtures/toon-mini/<name>.json through its model and asserts every output's dims, cosine and max |diff|. */
export async function expectFixtureParity(name: string): Promise<void> {
  const fx = readJson<Fixture>(join('test/fixtures/toon-mini', `${name}.json`));
  await withSession(join(MODELS, fx.model), async (session) => {
    const feeds = Object.fromEntries(Object.entries(fx.inputs).map(([k, v]) => [k, toTensor(v)]));
    const out = await session.run(feeds);
    for (const [output, want] of Object.entries(fx.outputs)) {
      expect(Array.from(out[output].dims), output).toEqual(want.dims);
      const { cosine, maxAbs } = compare(out[output].data as Float32Array, want.data);
      expect(cosine, `${output} cosine`).toBeGreaterThanOrEqual(fx.tolerance.cosine);
      expect(maxAbs, `${output} max |diff|`).toBeLessThanOrEqual(fx.tolerance.max_abs);
    }
  });
}
