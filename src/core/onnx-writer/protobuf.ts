// Minimal protobuf encoder: just the wire types ONNX's ModelProto needs (varint, length-delimited, fixed32).
// Pure and dependency-free, so workers can write small graphs in memory at runtime.

export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  /** Varint field (wire type 0); used for int32/int64/enum. Values must be non-negative safe integers. */
  varint(field: number, value: number): this {
    this.tag(field, 0);
    this.rawVarint(value);
    return this;
  }

  /** Signed int64 varint: negatives take ten bytes of two's complement, as protobuf encodes them. */
  int64(field: number, value: number): this {
    if (!Number.isSafeInteger(value)) throw new RangeError(`int64 out of range: ${value}`);
    if (value >= 0) return this.varint(field, value);
    this.tag(field, 0);
    let v = BigInt.asUintN(64, BigInt(value));
    const bytes: number[] = [];
    while (v >= 0x80n) {
      bytes.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    bytes.push(Number(v));
    this.chunks.push(Uint8Array.from(bytes));
    return this;
  }

  /** 32-bit float (wire type 5, little-endian). */
  float(field: number, value: number): this {
    this.tag(field, 5);
    const raw = new Uint8Array(4);
    new DataView(raw.buffer).setFloat32(0, value, true);
    this.chunks.push(raw);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, 2);
    this.rawVarint(value.length);
    this.chunks.push(value);
    return this;
  }

  message(field: number, build: (w: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of this.chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.rawVarint(field * 8 + wireType);
  }

  private rawVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
    const bytes: number[] = [];
    let v = value;
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
    this.chunks.push(Uint8Array.from(bytes));
  }
}
