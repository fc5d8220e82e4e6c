// The guided upscaler's guide: the edge map of the panel's composed drawing at the output size, the same maths as
// training/upscale/guide.py (clamp(|Sobel(luma)|, 0, 1), edges replicated) — a stored fixture keeps them equal.
import type { RgbaImage } from '../rgba-image';

/** [height × width] edge strengths in [0, 1] of an RGBA image (alpha ignored: composed drawings are opaque). */
export function edgeGuide(image: RgbaImage): Float32Array<ArrayBuffer> {
  const { width: w, height: h, data } = image;
  const luma = new Float32Array(w * h);
  for (let i = 0, p = 0; i < luma.length; i++, p += 4) luma[i] = (0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2]) / 255;
  return sobelMagnitude(luma, w, h);
}

/** clamp(sqrt(gx² + gy²), 0, 1) of a [h × w] plane with replicated borders (PyTorch's pad 'replicate' + conv2d). */
export function sobelMagnitude(plane: Float32Array, w: number, h: number): Float32Array<ArrayBuffer> {
  const out = new Float32Array(w * h);
  const at = (x: number, y: number) => plane[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const a = at(x - 1, y - 1), b = at(x, y - 1), c = at(x + 1, y - 1);
      const d = at(x - 1, y), f = at(x + 1, y);
      const g = at(x - 1, y + 1), k = at(x, y + 1), m = at(x + 1, y + 1);
      const gx = c + 2 * f + m - a - 2 * d - g;
      const gy = g + 2 * k + m - a - 2 * b - c;
      out[y * w + x] = Math.min(1, Math.sqrt(gx * gx + gy * gy));
    }
  }
  return out;
}
