// The plain PNG codec of the project file and the thumbnail: exact round trips, other encoders' files, damage refused.
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { decodePng, encodePng, PngError } from '../../../src/core/png';
import type { RgbaImage } from '../../../src/core/rgba-image';
import { createRng } from '../../../src/core/rng';

function noise(width: number, height: number, seed = 1): RgbaImage {
  const rng = createRng(seed);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = rng.int(256);
  return { width, height, data };
}

/** CRC-32 as PNG chunks use it, written out here so the test does not lean on the code under test. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('encodePng / decodePng', () => {
  it('round-trips RGBA exactly, and pngjs reads what it writes', () => {
    const image = noise(37, 19);
    const bytes = encodePng(image);
    expect(decodePng(bytes)).toEqual(image);
    const other = PNG.sync.read(Buffer.from(bytes));
    expect([other.width, other.height]).toEqual([37, 19]);
    expect(new Uint8ClampedArray(other.data)).toEqual(image.data);
  });

  it('reads other encoders\' filtered RGB, grey and palette-free files', () => {
    for (const colorType of [0, 2, 4, 6] as const) {
      const image = noise(23, 17, colorType + 3);
      const png = new PNG({ width: 23, height: 17, colorType, inputColorType: 6, inputHasAlpha: true });
      png.data = Buffer.from(image.data);
      // pngjs picks a filter per row, so every filter type gets exercised on noise
      const decoded = decodePng(new Uint8Array(PNG.sync.write(png, { colorType, inputColorType: 6, inputHasAlpha: true, filterType: -1 })));
      const back = PNG.sync.read(PNG.sync.write(png, { colorType, inputColorType: 6, inputHasAlpha: true }));
      expect(decoded.width).toBe(23);
      expect(decoded.data).toEqual(new Uint8ClampedArray(back.data));
    }
  });

  it('refuses damage with a reason', () => {
    const good = encodePng(noise(8, 8));
    expect(() => decodePng(new TextEncoder().encode('hello'))).toThrow(/not a PNG/);
    expect(() => decodePng(good.slice(0, 40))).toThrow(/truncated/);
    const flipped = good.slice();
    flipped[45] ^= 0xff;
    expect(() => decodePng(flipped)).toThrow(PngError);
    expect(() => decodePng(flipped)).toThrow(/checksum/);
  });

  it('refuses a header asking for more pixels than any panel, and stops inflating at the promised size', () => {
    const header = encodePng(noise(1, 1));
    // IHDR says 5000×5000: refused before anything is allocated for it
    const huge = header.slice();
    const view = new DataView(huge.buffer);
    view.setUint32(16, 5000);
    view.setUint32(20, 5000);
    view.setUint32(29, crc32(huge.subarray(12, 29)));
    expect(() => decodePng(huge)).toThrow(/the size 5000×5000 is too large/);
  });

  it('refuses sizes it cannot hold', () => {
    expect(() => encodePng({ width: 0, height: 1, data: new Uint8ClampedArray(0) })).toThrow(/at least 1×1/);
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8ClampedArray(3) })).toThrow(/needs 16 bytes/);
  });
});
