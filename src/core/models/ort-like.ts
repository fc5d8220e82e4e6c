// The slice of ORT that model code uses, typed by onnxruntime-common, so the same code runs on
// onnxruntime-web (workers) and onnxruntime-node (CLIs, tests) — each passes its own namespace in.
import type * as OrtCommon from 'onnxruntime-common';

export type OrtLike = Pick<typeof OrtCommon, 'Tensor'>;
export type Session = OrtCommon.InferenceSession;
export type Tensor = OrtCommon.Tensor;

/** Runs a session and copies the named outputs to CPU Float32Arrays; every tensor is disposed. */
export async function runToArrays(
  session: Session,
  feeds: Record<string, Tensor>,
  names: readonly string[],
): Promise<{ data: Float32Array; dims: number[] }[]> {
  try {
    const outputs = await session.run(feeds);
    try {
      const result: { data: Float32Array; dims: number[] }[] = [];
      for (const name of names) {
        const out = outputs[name];
        if (!out) throw new Error(`model output "${name}" is missing (has: ${Object.keys(outputs).join(', ')})`);
        // getData copies off the GPU where the output lives there; the copy keeps it past dispose.
        result.push({ data: new Float32Array((await out.getData()) as Float32Array), dims: [...out.dims] });
      }
      return result;
    } finally {
      for (const t of Object.values(outputs)) t.dispose();
    }
  } finally {
    for (const t of Object.values(feeds)) t.dispose();
  }
}

export function floatTensor(ort: OrtLike, data: Float32Array, dims: readonly number[]): Tensor {
  return new ort.Tensor('float32', data, dims);
}

/** A model that is one ONNX session: the towers, the depth estimator and the DCGAN. */
export abstract class SessionModel {
  constructor(
    protected readonly ort: OrtLike,
    protected readonly session: Session,
  ) {}
}
