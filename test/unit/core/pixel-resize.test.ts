import { describe, expect, it } from 'vitest';
import { resizeImage, shrinkDepth, shrinkImage } from '../../../src/core/pixel-resize';

describe('pixel resize', () => {
  it('averages the area each target pixel covers', () => {
    // 4×2 depth: left half 0/100, right half 200/255 → 2×1
    const d = shrinkDepth({ width: 4, height: 2, data: new Uint8ClampedArray([0, 100, 200, 255, 0, 100, 200, 255]) }, 2, 1);
    expect([...d.data]).toEqual([50, 228]);
    const img = shrinkImage({ width: 2, height: 2, data: new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 0, 0, 255]) }, 1, 1);
    expect([...img.data]).toEqual([128, 0, 0, 255]);
    // a non-integer ratio keeps the mean of a flat picture
    const flat = shrinkDepth({ width: 800, height: 450, data: new Uint8ClampedArray(800 * 450).fill(77) }, 128, 128);
    expect(flat.data.every((v) => v === 77)).toBe(true);
  });

  it('grows an image bilinearly to another shape', () => {
    const grown = resizeImage({ width: 2, height: 1, data: new Uint8ClampedArray([0, 0, 0, 255, 200, 200, 200, 255]) }, 4, 3);
    expect([grown.width, grown.height, grown.data.length]).toEqual([4, 3, 48]);
    expect(grown.data[0]).toBe(0);
    expect(grown.data[(3 * 4 + 0)]).toBe(200);
    expect(grown.data[3]).toBe(255);
  });
});
