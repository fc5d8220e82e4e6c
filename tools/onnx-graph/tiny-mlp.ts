// The demo model: a 3-layer MLP (16 → 64 → 32 → 8, 3,432 float32 weights) with fixed seeded weights.
// It exists to carry a real graph through fetch → verify → cache → session → run before trained models exist.
import { encodeModel, type Graph, type Initializer } from '../../src/core/onnx-writer/onnx-model';

export const TINY_MLP = { inputSize: 16, hidden: [64, 32], outputSize: 8, seed: 20240601 } as const;

/** mulberry32: a local generator, so the committed bytes never change when shared RNG code does. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uniform(name: string, dims: number[], scale: number, rand: () => number): Initializer {
  const values = new Float32Array(dims.reduce((a, b) => a * b, 1));
  for (let i = 0; i < values.length; i++) values[i] = (rand() * 2 - 1) * scale;
  return { name, dims, values };
}

export function tinyMlpGraph(): Graph {
  const rand = mulberry32(TINY_MLP.seed);
  const sizes = [TINY_MLP.inputSize, ...TINY_MLP.hidden, TINY_MLP.outputSize];
  const initializers: Initializer[] = [];
  const nodes: Graph['nodes'] = [];
  let current = 'input';
  for (let layer = 0; layer < sizes.length - 1; layer++) {
    const [fanIn, fanOut] = [sizes[layer], sizes[layer + 1]];
    // Kaiming-uniform bound keeps activations O(1), so outputs are not all saturated by the final tanh.
    initializers.push(uniform(`fc${layer}.weight`, [fanIn, fanOut], Math.sqrt(6 / fanIn), rand));
    initializers.push(uniform(`fc${layer}.bias`, [fanOut], 0.1, rand));
    const last = layer === sizes.length - 2;
    nodes.push({ opType: 'MatMul', inputs: [current, `fc${layer}.weight`], outputs: [`fc${layer}.mm`], name: `fc${layer}_matmul` });
    nodes.push({ opType: 'Add', inputs: [`fc${layer}.mm`, `fc${layer}.bias`], outputs: [`fc${layer}.out`], name: `fc${layer}_add` });
    const act = last ? 'output' : `fc${layer}.act`;
    nodes.push({ opType: last ? 'Tanh' : 'Relu', inputs: [`fc${layer}.out`], outputs: [act], name: `fc${layer}_${last ? 'tanh' : 'relu'}` });
    current = act;
  }
  return {
    name: 'tiny_mlp',
    nodes,
    initializers,
    inputs: [{ name: 'input', shape: ['batch', TINY_MLP.inputSize] }],
    outputs: [{ name: 'output', shape: ['batch', TINY_MLP.outputSize] }],
  };
}

export function tinyMlpBytes(): Uint8Array {
  return encodeModel(tinyMlpGraph(), { opset: 17, irVersion: 8, producer: 'toonsmith tools/onnx-graph' });
}

/** The seeded input the reference fixture was computed for: batch 2. */
export function tinyMlpReferenceInput(): { data: Float32Array; dims: number[] } {
  const rand = mulberry32(7);
  const data = new Float32Array(2 * TINY_MLP.inputSize);
  for (let i = 0; i < data.length; i++) data[i] = rand() * 2 - 1;
  return { data, dims: [2, TINY_MLP.inputSize] };
}
