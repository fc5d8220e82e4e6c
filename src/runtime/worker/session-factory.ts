// Opens ORT sessions on the chosen backend and warms each up once, so the first real call is not the slow one.
import { t } from '../../core/i18n';
import * as ort from 'onnxruntime-web';
import type { ModelFile, TensorSpec } from '../../core/manifest';
import type { BackendInfo } from '../../core/progress';
import { executionProviders } from './backend';
import { wasmSessionOptions } from './session-options';

/** Which ONNX files keep their outputs on the GPU (WebGPU only); set once per worker, before its models load. */
let keepsOutputsOnGpu: (file: ModelFile) => boolean = () => false;

/**
 * A worker whose model code reads outputs with getData() (runToArrays, runRaw) may leave chosen sessions' outputs
 * on the GPU, so they can feed the next session without a round trip through the CPU.
 */
export function keepOutputsOnGpu(which: (file: ModelFile) => boolean): void {
  keepsOutputsOnGpu = which;
}

function sessionOptions(backend: BackendInfo, gpuOutputs: boolean): ort.InferenceSession.SessionOptions {
  return {
    ...wasmSessionOptions(),
    executionProviders: executionProviders(backend),
    ...(backend.kind === 'webgpu' && gpuOutputs ? { preferredOutputLocation: 'gpu-buffer' as const } : {}),
  };
}

export async function createSession(bytes: Uint8Array, file: ModelFile, backend: BackendInfo): Promise<ort.InferenceSession> {
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, sessionOptions(backend, keepsOutputsOnGpu(file)));
  } catch (err) {
    throw new Error(t('fetch.openFailed', { file: file.path, backend: backend.kind, error: (err as Error).message }));
  }
  try {
    await warmUp(session, file);
  } catch (err) {
    await session.release();
    throw new Error(`Model file ${file.path} failed its warm-up run on ${backend.kind}: ${(err as Error).message}`);
  }
  return session;
}

/** A graph built in memory (the GPU loop's glue) on the worker's backend, its outputs left on the GPU there. */
export async function createGlueSession(bytes: Uint8Array, name: string, backend: BackendInfo): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(bytes, sessionOptions(backend, true));
  } catch (err) {
    throw new Error(`Could not open the ${name} glue graph on ${backend.kind}: ${(err as Error).message}`);
  }
}

/** One run on zeros (symbolic dimensions set to 1) compiles kernels and allocates buffers up front. */
async function warmUp(session: ort.InferenceSession, file: ModelFile): Promise<void> {
  if (!file.inputs?.length) return;
  const feeds: Record<string, ort.Tensor> = {};
  for (const spec of file.inputs) feeds[spec.name] = zeros(spec);
  const outputs = await session.run(feeds);
  disposeAll(feeds);
  disposeAll(outputs);
}

function zeros(spec: TensorSpec): ort.Tensor {
  // Spatial dims of size 1 break down-sampling graphs (the UNet needs multiples of 4): warm those up at 8. A file
  // whose inputs' sizes depend on each other names its own warm-up sizes.
  const dims = spec.warmup ?? spec.shape.map((d) => (typeof d === 'number' ? d : /height|width/i.test(d) ? 8 : 1));
  const size = dims.reduce((a, b) => a * b, 1);
  switch (spec.type) {
    case 'float32':
      return new ort.Tensor('float32', new Float32Array(size), dims);
    case 'int64':
      return new ort.Tensor('int64', new BigInt64Array(size), dims);
    case 'int32':
      return new ort.Tensor('int32', new Int32Array(size), dims);
    case 'uint8':
      return new ort.Tensor('uint8', new Uint8Array(size), dims);
    case 'int8':
      return new ort.Tensor('int8', new Int8Array(size), dims);
    case 'float16':
      return new ort.Tensor('float16', new Uint16Array(size), dims);
  }
}

export function disposeAll(tensors: Record<string, ort.Tensor>): void {
  for (const t of Object.values(tensors)) t.dispose();
}
