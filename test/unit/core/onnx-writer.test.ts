// src/core/onnx-writer beyond the demo MLP (whose bytes generated-models.test.ts pins): attributes (int, negative
// int, ints, float), int64 initializers and typed inputs, each read back by onnxruntime-node.
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { encodeModel, type Graph } from '../../../src/core/onnx-writer/onnx-model';
import { ProtoWriter } from '../../../src/core/onnx-writer/protobuf';

const OPTS = { opset: 17, irVersion: 8, producer: 'onnx-writer test' };

async function run(graph: Graph, feeds: Record<string, ort.Tensor>) {
  const session = await ort.InferenceSession.create(encodeModel(graph, OPTS));
  try {
    return await session.run(feeds);
  } finally {
    await session.release();
  }
}

describe('onnx-writer', () => {
  it('writes negative int64 varints as ten-byte two\'s complement', () => {
    expect(Array.from(new ProtoWriter().int64(3, -1).finish())).toEqual([0x18, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1]);
    expect(Array.from(new ProtoWriter().int64(3, 300).finish())).toEqual([0x18, 0xac, 0x02]);
  });

  it('int (negative) and float attributes reach the operators', async () => {
    const out = await run({
      name: 'attrs',
      nodes: [
        { opType: 'Concat', inputs: ['a', 'a'], outputs: ['cat'], name: 'cat', attributes: [{ name: 'axis', int: -1 }] },
        { opType: 'LeakyRelu', inputs: ['cat'], outputs: ['y'], name: 'leaky', attributes: [{ name: 'alpha', float: 0.25 }] },
      ],
      initializers: [],
      inputs: [{ name: 'a', shape: [1, 2] }],
      outputs: [{ name: 'y', shape: [1, 4] }],
    }, { a: new ort.Tensor('float32', Float32Array.of(-4, 2), [1, 2]) });
    expect(Array.from(out.y.dims)).toEqual([1, 4]);
    expect(Array.from(out.y.data as Float32Array)).toEqual([-1, 2, -1, 2]);
  });

  it('ints attributes, int64 initializers and int64 inputs', async () => {
    const out = await run({
      name: 'ints',
      nodes: [
        { opType: 'Transpose', inputs: ['x'], outputs: ['t'], name: 't', attributes: [{ name: 'perm', ints: [1, 0] }] },
        { opType: 'Reshape', inputs: ['t', 'shape'], outputs: ['r'], name: 'r' },
        { opType: 'Add', inputs: ['i', 'one'], outputs: ['j'], name: 'j' },
      ],
      initializers: [
        { name: 'shape', dims: [1], values: BigInt64Array.of(-1n) },
        { name: 'one', dims: [1], values: BigInt64Array.of(1n) },
      ],
      inputs: [{ name: 'x', shape: [2, 3] }, { name: 'i', shape: [2], type: 'int64' }],
      outputs: [{ name: 'r', shape: [6] }, { name: 'j', shape: [2], type: 'int64' }],
    }, {
      x: new ort.Tensor('float32', Float32Array.of(1, 2, 3, 4, 5, 6), [2, 3]),
      i: new ort.Tensor('int64', BigInt64Array.of(41n, -3n), [2]),
    });
    expect(Array.from(out.r.data as Float32Array)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(Array.from(out.j.data as BigInt64Array)).toEqual([42n, -2n]);
  });
});
