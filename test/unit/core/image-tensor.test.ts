import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { depthToLatentGrid } from '../../../src/core/depth-grid';
import { CLIP_NORMALISATION, depthFromImageData, depthToTensor, imageDataToTensor, resizeBilinear, tensorToDepth, tensorToImageData } from '../../../src/core/image-tensor';
import type { RgbaImage } from '../../../src/core/rgba-image';

// torch outputs written by fixtures/make_image_tensor_fixture.py (training code's own conversions).
const ref = JSON.parse(readFileSync(new URL('./fixtures/image-tensor-reference.json', import.meta.url), 'utf8')) as {
  bilinear: { shape: [number, number, number]; size: [number, number]; input: number[]; output: number[] }[];
  toTensor: { width: number; height: number; rgb: number[]; tensor: number[] };
  toImage: { width: number; height: number; tensor: number[]; rgb: number[] };
  depthGrid: { width: number; height: number; size: number; depth: number[]; grid: number[] }[];
};

function rgbToRgba(rgb: number[], width: number, height: number, alpha = 255): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data.set(rgb.slice(3 * p, 3 * p + 3), 4 * p);
    data[4 * p + 3] = alpha;
  }
  return { data, width, height };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

describe('resizeBilinear', () => {
  it.each(ref.bilinear.map((c) => [`${c.shape.join('×')} → ${c.size.join('×')}`, c] as const))(
    'matches torch interpolate(bilinear, align_corners=False) for %s',
    (_, c) => {
      const [channels, h, w] = c.shape;
      const out = resizeBilinear(Float32Array.from(c.input), channels, h, w, c.size[0], c.size[1]);
      expect(maxAbsDiff(out, c.output)).toBeLessThan(1e-5);
    },
  );

  it('explains bad sizes', () => {
    expect(() => resizeBilinear(new Float32Array(4), 1, 2, 2, 0, 3)).toThrow(/target height must be an integer ≥ 1/);
    expect(() => resizeBilinear(new Float32Array(3), 1, 2, 2, 1, 1)).toThrow(/holds 3 values/);
  });
});

describe('imageDataToTensor / tensorToImageData', () => {
  it('matches training images_to_tensor (x / 127.5 − 1, NCHW)', () => {
    const { width, height, rgb, tensor } = ref.toTensor;
    const out = imageDataToTensor(rgbToRgba(rgb, width, height));
    expect(out.length).toBe(3 * width * height);
    expect(maxAbsDiff(out, tensor)).toBeLessThan(1e-6);
  });

  it('matches training to_uint8_image, clamping and rounding included', () => {
    const { width, height, tensor, rgb } = ref.toImage;
    const image = tensorToImageData(Float32Array.from(tensor), 3, width, height);
    const ours = Array.from(image.data).filter((_, i) => i % 4 !== 3);
    expect(ours).toEqual(rgb);
    expect(Array.from(image.data).filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
  });

  it('round-trips every byte value in each range', () => {
    const width = 256;
    const data = new Uint8ClampedArray(width * 4);
    for (let x = 0; x < width; x++) data.set([x, 255 - x, (x * 7) % 256, 255], 4 * x);
    const image = { data, width, height: 1 };
    for (const range of ['minus-one-one', 'zero-one', CLIP_NORMALISATION] as const) {
      const back = tensorToImageData(imageDataToTensor(image, { range }), 3, width, 1, { range });
      expect(Array.from(back.data)).toEqual(Array.from(data));
    }
  });

  it('applies mean/std per channel to [0, 1] values and [0, 1] without them', () => {
    const image = rgbToRgba([255, 0, 51], 1, 1);
    expect(Array.from(imageDataToTensor(image, { range: 'zero-one' }))).toEqual([1, 0, 0.2].map(Math.fround));
    const clip = imageDataToTensor(image, { range: CLIP_NORMALISATION });
    [1, 0, 0.2].forEach((v, c) => {
      expect(clip[c]).toBeCloseTo((v - CLIP_NORMALISATION.mean[c]) / CLIP_NORMALISATION.std[c], 5);
    });
  });

  it('resizes in pixel space and composites transparency over a background when asked', () => {
    const half = rgbToRgba([200, 100, 0, 200, 100, 0], 2, 1, 0);
    const onWhite = imageDataToTensor(half, { range: 'zero-one', background: [255, 255, 255] });
    expect(Array.from(onWhite)).toEqual([1, 1, 1, 1, 1, 1]);
    const ignored = imageDataToTensor(half, { range: 'zero-one', size: { width: 1, height: 3 } });
    expect(ignored.length).toBe(3 * 3);
    expect(Array.from(ignored.subarray(0, 3)).every((v) => Math.abs(v - 200 / 255) < 1e-6)).toBe(true);
    expect(Array.from(ignored.subarray(6, 9))).toEqual([0, 0, 0]);
  });

  it('reads a greyscale tensor and a later image of the batch', () => {
    const batch = new Float32Array([-1, -1, 1, 0]); // two 1×1×2 greyscale images
    const second = tensorToImageData(batch, 1, 2, 1, { batchIndex: 1 });
    expect(Array.from(second.data)).toEqual([255, 255, 255, 255, 128, 128, 128, 255]);
    expect(() => tensorToImageData(batch, 1, 2, 1, { batchIndex: 2 })).toThrow(/has no image 2/);
  });

  it('explains a buffer that does not fit the size', () => {
    expect(() => imageDataToTensor({ data: new Uint8ClampedArray(12), width: 2, height: 2 })).toThrow(/needs 16 bytes, got 12/);
    expect(() => imageDataToTensor({ data: new Uint8ClampedArray(0), width: 0, height: 0 })).toThrow(/bad image size/);
  });
});

describe('depth maps', () => {
  it('maps bytes to [-1, 1] and back exactly, clamping out-of-range floats', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const floats = depthToTensor(bytes, 16, 16);
    expect(floats[0]).toBe(-1);
    expect(floats[255]).toBe(1);
    expect(Array.from(tensorToDepth(floats))).toEqual(Array.from(bytes));
    expect(Array.from(tensorToDepth(new Float32Array([-3, 2, NaN])))).toEqual([0, 255, 0]);
    expect(() => depthToTensor(bytes, 10, 10)).toThrow(/needs 100 bytes, got 256/);
  });

  it('takes the red channel of a decoded greyscale PNG', () => {
    const image = rgbToRgba([10, 10, 10, 250, 250, 250], 2, 1);
    expect(Array.from(depthFromImageData(image))).toEqual([10, 250]);
  });

  it.each(ref.depthGrid.map((c) => [`${c.height}×${c.width} → ${c.size}`, c] as const))(
    'depthToLatentGrid matches training depth_to_latent_grid for %s',
    (_, c) => {
      const grid = depthToLatentGrid(Uint8Array.from(c.depth), c.width, c.height, c.size);
      expect(maxAbsDiff(grid, c.grid)).toBeLessThan(1e-5);
      const fromFloats = depthToLatentGrid(Float32Array.from(c.depth, (v) => v / 255), c.width, c.height, c.size);
      expect(maxAbsDiff(fromFloats, c.grid)).toBeLessThan(1e-5);
    },
  );
});
