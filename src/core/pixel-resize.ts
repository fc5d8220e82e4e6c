// Resizing interleaved pixels (RGBA images, one-byte depth maps): an area average to shrink (the composed 800 px
// drawing to the denoiser's 128 px without aliasing its outlines), bilinear to grow (a square diffusion panel back to
// the panel's shape).
import { resizeBilinear } from './bilinear-resize';
import type { DepthMap, RgbaImage } from './rgba-image';

/** Box-filtered shrink (or any resize: each target pixel averages the source area it covers). */
function areaResize(src: Uint8ClampedArray, channels: number, w: number, h: number, W: number, H: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(W * H * channels);
  const sx = w / W, sy = h / H;
  const acc = new Float64Array(channels);
  for (let Y = 0; Y < H; Y++) {
    const y0 = Y * sy, y1 = y0 + sy;
    for (let X = 0; X < W; X++) {
      const x0 = X * sx, x1 = x0 + sx;
      acc.fill(0);
      let total = 0;
      for (let y = Math.floor(y0); y < Math.min(h, Math.ceil(y1)); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.min(w, Math.ceil(x1)); x++) {
          const wgt = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
          const p = (y * w + x) * channels;
          for (let c = 0; c < channels; c++) acc[c] += src[p + c] * wgt;
          total += wgt;
        }
      }
      const q = (Y * W + X) * channels;
      for (let c = 0; c < channels; c++) out[q + c] = Math.round(acc[c] / total);
    }
  }
  return out;
}

export function shrinkImage(image: RgbaImage, width: number, height: number): RgbaImage {
  return { width, height, data: areaResize(image.data, 4, image.width, image.height, width, height) };
}

export function shrinkDepth(depth: DepthMap, width: number, height: number): DepthMap {
  return { width, height, data: areaResize(depth.data, 1, depth.width, depth.height, width, height) };
}

/** Bilinear resize of an RGBA image (to grow a panel to another size or shape). */
export function resizeImage(image: RgbaImage, width: number, height: number): RgbaImage {
  if (image.width === width && image.height === height) return image;
  const plane = image.width * image.height;
  const planes = new Float32Array(4 * plane);
  for (let i = 0; i < plane; i++) for (let c = 0; c < 4; c++) planes[c * plane + i] = image.data[i * 4 + c];
  const grown = resizeBilinear(planes, 4, image.height, image.width, height, width);
  const out = new Uint8ClampedArray(width * height * 4);
  const n = width * height;
  for (let i = 0; i < n; i++) for (let c = 0; c < 4; c++) out[i * 4 + c] = Math.round(grown[c * n + i]);
  return { width, height, data: out };
}
