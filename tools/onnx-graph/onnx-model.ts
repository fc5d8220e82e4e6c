// Builds ONNX ModelProto bytes from a plain description; field numbers follow onnx/onnx.proto3.
import { ProtoWriter } from './protobuf';

const FLOAT = 1; // TensorProto.DataType.FLOAT

export interface Initializer {
  name: string;
  dims: number[];
  values: Float32Array;
}

export interface Node {
  opType: string;
  inputs: string[];
  outputs: string[];
  name: string;
}

export interface ValueInfo {
  name: string;
  /** Numbers are fixed sizes, strings symbolic dimensions. */
  shape: (number | string)[];
}

export interface Graph {
  name: string;
  nodes: Node[];
  initializers: Initializer[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

export function encodeModel(graph: Graph, opts: { opset: number; irVersion: number; producer: string }): Uint8Array {
  const w = new ProtoWriter();
  w.varint(1, opts.irVersion);
  w.string(2, opts.producer);
  w.message(7, (g) => encodeGraph(g, graph));
  w.message(8, (o) => o.string(1, '').varint(2, opts.opset));
  return w.finish();
}

function encodeGraph(w: ProtoWriter, graph: Graph): void {
  for (const node of graph.nodes) {
    w.message(1, (n) => {
      node.inputs.forEach((i) => n.string(1, i));
      node.outputs.forEach((o) => n.string(2, o));
      n.string(3, node.name);
      n.string(4, node.opType);
    });
  }
  w.string(2, graph.name);
  for (const init of graph.initializers) w.message(5, (t) => encodeTensor(t, init));
  for (const input of graph.inputs) w.message(11, (v) => encodeValueInfo(v, input));
  for (const output of graph.outputs) w.message(12, (v) => encodeValueInfo(v, output));
}

function encodeTensor(w: ProtoWriter, init: Initializer): void {
  if (init.values.length !== init.dims.reduce((a, b) => a * b, 1)) throw new Error(`${init.name}: values do not match dims`);
  init.dims.forEach((d) => w.varint(1, d));
  w.varint(2, FLOAT);
  w.string(8, init.name);
  // raw_data is little-endian; write it explicitly so the bytes do not depend on the host.
  const raw = new Uint8Array(init.values.length * 4);
  const view = new DataView(raw.buffer);
  init.values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  w.bytes(9, raw);
}

function encodeValueInfo(w: ProtoWriter, info: ValueInfo): void {
  w.string(1, info.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.varint(1, FLOAT);
      tensor.message(2, (shape) => {
        for (const d of info.shape) shape.message(1, (dim) => (typeof d === 'number' ? dim.varint(1, d) : dim.string(2, d)));
      });
    }),
  );
}
