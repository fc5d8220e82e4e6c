// Single-op ONNX graphs for bench/wasm-vs-node.ts: the kernel alone (one Conv, one MatMul) at the UNet's sizes, so
// the browser/native ratio of the bare kernels can be told apart from what the whole graph adds.
import { encodeModel, type Graph } from '../../src/core/onnx-writer/onnx-model';
import { createRng } from '../../src/core/rng';
import type { RawTensor } from '../../test/e2e/pages/workers/raw-run';

const OPSET = { opset: 17, irVersion: 8, producer: 'toonsmith bench/lib/micro-graphs' };

function noise(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => rng.range(-0.5, 0.5));
}

export interface MicroModel { label: string; bytes: Uint8Array; feeds: Record<string, RawTensor> }

/** 3×3 Conv, pad 1, c → c channels on [batch, c, size, size]: the UNet's down.0 resnet conv. */
export function convModel(batch = 4, c = 64, size = 32): MicroModel {
  const graph: Graph = {
    name: 'conv3x3',
    nodes: [{ opType: 'Conv', inputs: ['x', 'w', 'b'], outputs: ['y'], name: 'conv',
      attributes: [{ name: 'kernel_shape', ints: [3, 3] }, { name: 'pads', ints: [1, 1, 1, 1] }] }],
    initializers: [{ name: 'w', dims: [c, c, 3, 3], values: noise(c * c * 9, 1) }, { name: 'b', dims: [c], values: noise(c, 2) }],
    inputs: [{ name: 'x', shape: [batch, c, size, size] }],
    outputs: [{ name: 'y', shape: [batch, c, size, size] }],
  };
  return { label: `one Conv 3×3, ${c}→${c} ch, batch ${batch}, ${size}×${size}`, bytes: encodeModel(graph, OPSET),
    feeds: { x: { type: 'float32', dims: [batch, c, size, size], data: noise(batch * c * size * size, 3) } } };
}

/** [m, k] × [k, n] MatMul with the weight as an initializer: the attention blocks' projections, larger. */
export function matMulModel(m = 1024, k = 256, n = 512): MicroModel {
  const graph: Graph = {
    name: 'matmul',
    nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'], name: 'matmul' }],
    initializers: [{ name: 'w', dims: [k, n], values: noise(k * n, 4) }],
    inputs: [{ name: 'x', shape: [m, k] }],
    outputs: [{ name: 'y', shape: [m, n] }],
  };
  return { label: `one MatMul [${m}×${k}]·[${k}×${n}]`, bytes: encodeModel(graph, OPSET),
    feeds: { x: { type: 'float32', dims: [m, k], data: noise(m * k, 5) } } };
}
