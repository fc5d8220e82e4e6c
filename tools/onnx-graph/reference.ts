// Reference outputs of the demo model from onnxruntime-node (native CPU), the fixture the browser runs are compared to.
import * as ort from 'onnxruntime-node';
import { tinyMlpReferenceInput } from './tiny-mlp';

export const REFERENCE_PATH = 'test/e2e/fixtures/tiny-mlp-reference.json';

export interface TinyMlpReference {
  input: { data: number[]; dims: number[] };
  output: { data: number[]; dims: number[] };
}

export async function computeReference(modelBytes: Uint8Array): Promise<TinyMlpReference> {
  const session = await ort.InferenceSession.create(modelBytes);
  const input = tinyMlpReferenceInput();
  try {
    const result = await session.run({ input: new ort.Tensor('float32', input.data, input.dims) });
    const output = result.output;
    // Rounded to 7 significant digits: well inside the 1e-4 tolerance, and stable across ORT builds.
    const round = (v: number) => Number(v.toPrecision(7));
    return {
      input: { data: Array.from(input.data), dims: input.dims },
      output: { data: Array.from(output.data as Float32Array, round), dims: [...output.dims] },
    };
  } finally {
    await session.release();
  }
}

/** Largest absolute difference between two output lists (Infinity if their shapes differ). */
export function maxAbsDiff(a: TinyMlpReference['output'], b: TinyMlpReference['output']): number {
  if (a.data.length !== b.data.length || a.dims.join() !== b.dims.join()) return Infinity;
  return a.data.reduce((m, v, i) => Math.max(m, Math.abs(v - b.data[i])), 0);
}
