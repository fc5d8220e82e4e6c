// Builds ONNX ModelProto bytes from a plain description; field numbers follow onnx/onnx.proto3.
// Pure (no fs): tools write the demo model with it, workers build small glue graphs in memory.
import { ProtoWriter } from './protobuf';

/** TensorProto.DataType values of the element types we write. */
const DATA_TYPE = { float32: 1, int64: 7 } as const;
export type ElementType = keyof typeof DATA_TYPE;

export interface Initializer {
  name: string;
  dims: number[];
  /** Float32Array → FLOAT, BigInt64Array → INT64 (e.g. a shape for Expand). */
  values: Float32Array | BigInt64Array;
}

/** Node attributes; only the kinds our graphs use (AttributeProto.AttributeType INT, INTS, FLOAT). */
export type Attribute = { name: string; int: number } | { name: string; ints: number[] } | { name: string; float: number };

export interface Node {
  opType: string;
  inputs: string[];
  outputs: string[];
  name: string;
  attributes?: Attribute[];
}

export interface ValueInfo {
  name: string;
  /** Numbers are fixed sizes, strings symbolic dimensions. */
  shape: (number | string)[];
  /** Element type; float32 when omitted. */
  type?: ElementType;
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
      for (const attr of node.attributes ?? []) n.message(5, (a) => encodeAttribute(a, attr));
    });
  }
  w.string(2, graph.name);
  for (const init of graph.initializers) w.message(5, (t) => encodeTensor(t, init));
  for (const input of graph.inputs) w.message(11, (v) => encodeValueInfo(v, input));
  for (const output of graph.outputs) w.message(12, (v) => encodeValueInfo(v, output));
}

function encodeAttribute(w: ProtoWriter, attr: Attribute): void {
  w.string(1, attr.name);
  if ('int' in attr) w.int64(3, attr.int).varint(20, 2);
  else if ('ints' in attr) {
    attr.ints.forEach((i) => w.int64(8, i));
    w.varint(20, 7);
  } else w.float(2, attr.float).varint(20, 1);
}

function encodeTensor(w: ProtoWriter, init: Initializer): void {
  if (init.values.length !== init.dims.reduce((a, b) => a * b, 1)) throw new Error(`${init.name}: values do not match dims`);
  const int64 = init.values instanceof BigInt64Array;
  init.dims.forEach((d) => w.varint(1, d));
  w.varint(2, int64 ? DATA_TYPE.int64 : DATA_TYPE.float32);
  w.string(8, init.name);
  // raw_data is little-endian; write it explicitly so the bytes do not depend on the host.
  const width = int64 ? 8 : 4;
  const raw = new Uint8Array(init.values.length * width);
  const view = new DataView(raw.buffer);
  if (init.values instanceof BigInt64Array) init.values.forEach((v, i) => view.setBigInt64(i * 8, v, true));
  else init.values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  w.bytes(9, raw);
}

function encodeValueInfo(w: ProtoWriter, info: ValueInfo): void {
  w.string(1, info.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.varint(1, DATA_TYPE[info.type ?? 'float32']);
      tensor.message(2, (shape) => {
        for (const d of info.shape) shape.message(1, (dim) => (typeof d === 'number' ? dim.varint(1, d) : dim.string(2, d)));
      });
    }),
  );
}
