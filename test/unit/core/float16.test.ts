import { describe, expect, it } from 'vitest';
import { decodeFloat16, encodeFloat16, fromHalfBits, toHalfBits } from '../../../src/core/float16';
import { createRng } from '../../../src/core/rng';

describe('float16', () => {
  it('encodes known values bit-exactly', () => {
    const cases: [number, number][] = [
      [0, 0x0000], [-0, 0x8000], [1, 0x3c00], [-2, 0xc000], [65504, 0x7bff], [65520, 0x7c00], [1e9, 0x7c00],
      [Infinity, 0x7c00], [-Infinity, 0xfc00], [2 ** -24, 0x0001], [2 ** -14, 0x0400], [2 ** -26, 0x0000],
      [1 + 2 ** -11, 0x3c00] /* tie → even */, [1 + 3 * 2 ** -11, 0x3c02] /* tie → even (up) */, [0.1, 0x2e66],
    ];
    for (const [value, bits] of cases) expect(toHalfBits(value), String(value)).toBe(bits);
    expect(toHalfBits(NaN) & 0x7c00).toBe(0x7c00);
    expect(Number.isNaN(fromHalfBits(toHalfBits(NaN)))).toBe(true);
  });

  it('every half value round-trips exactly', () => {
    for (let h = 0; h < 65536; h++) {
      const v = fromHalfBits(h);
      if (Number.isNaN(v)) continue;
      if (toHalfBits(v) !== h) throw new Error(`half 0x${h.toString(16)} → ${v} → 0x${toHalfBits(v).toString(16)}`);
    }
  });

  it('rounds embedding-sized values to within half an ulp (relative 2^-11)', () => {
    const rng = createRng(9);
    const values = Float32Array.from({ length: 10_000 }, () => rng.range(-0.3, 0.3));
    const back = decodeFloat16(encodeFloat16(values));
    for (let i = 0; i < values.length; i++) {
      if (Math.abs(back[i] - values[i]) > Math.max(Math.abs(values[i]) * 2 ** -11, 2 ** -25)) throw new Error(`value ${values[i]} → ${back[i]}`);
    }
  });
});
