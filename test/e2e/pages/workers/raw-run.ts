// One raw session call of a loaded model with plain-data feeds: the parity tests' and benches' way in (test entries only).
import * as ort from 'onnxruntime-web';
import { onlySession, type WorkerRuntime } from '../../../../src/runtime/worker/worker-runtime';

/** A tensor as plain data for raw runs (parity tests, benchmarks). */
export interface RawTensor { type: 'float32' | 'int64'; dims: number[]; data: number[] | Float32Array }

/** One raw session call with plain-data feeds; returns float outputs by name. */
export async function runRaw(runtime: WorkerRuntime, modelId: string,
  feeds: Record<string, RawTensor>): Promise<Record<string, { dims: number[]; data: Float32Array }>> {
  const session = onlySession(await runtime.model(modelId));
  const inputs: Record<string, ort.Tensor> = {};
  for (const [name, t] of Object.entries(feeds)) {
    inputs[name] = t.type === 'int64'
      ? new ort.Tensor('int64', BigInt64Array.from(Array.from(t.data, (v) => BigInt(Math.round(v)))), t.dims)
      : new ort.Tensor('float32', Float32Array.from(t.data), t.dims);
  }
  const outputs = await session.run(inputs);
  const result: Record<string, { dims: number[]; data: Float32Array }> = {};
  for (const [name, t] of Object.entries(outputs)) {
    result[name] = { dims: [...t.dims], data: new Float32Array((await t.getData()) as Float32Array) };
    t.dispose();
  }
  for (const t of Object.values(inputs)) t.dispose();
  return result;
}
