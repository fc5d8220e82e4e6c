// The episode's thumbnail for the platform's episode list (160 × 151 on WEBTOON CANVAS): the first panel's
// picture as the page shows it, cover-cropped to that size. Plain pixel code, so the browser and Node agree.
import type { RgbaImage } from '../../../core/rgba-image';
import { PANEL_SHAPES, type EpisodePage } from './lettering-contract';
import { coverCrop } from './page-layout';

export const THUMBNAIL_SIZE = { width: 160, height: 151 } as const;

function parseHex(color: string): [number, number, number] {
  const hex = color.slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const n = Number.parseInt(full, 16);
  return Number.isFinite(n) ? [(n >> 16) & 255, (n >> 8) & 255, n & 255] : [255, 255, 255];
}

/**
 * Resamples the `src` rectangle of `image` to width × height: each output pixel averages a grid of bilinear
 * samples as fine as the source's pixels under it, so shrinking does not alias and enlarging stays smooth.
 */
export function resampleRect(image: RgbaImage, src: { x: number; y: number; width: number; height: number }, width: number, height: number): RgbaImage {
  const out = new Uint8ClampedArray(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  const nx = Math.max(1, Math.ceil(sx));
  const ny = Math.max(1, Math.ceil(sy));
  const at = (x: number, y: number, c: number) => image.data[(y * image.width + x) * 4 + c];
  for (let oy = 0; oy < height; oy++) {
    for (let ox = 0; ox < width; ox++) {
      const acc = [0, 0, 0, 0];
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          const fx = Math.min(Math.max(src.x + (ox + (i + 0.5) / nx) * sx - 0.5, 0), image.width - 1);
          const fy = Math.min(Math.max(src.y + (oy + (j + 0.5) / ny) * sy - 0.5, 0), image.height - 1);
          const x0 = Math.floor(fx);
          const y0 = Math.floor(fy);
          const x1 = Math.min(x0 + 1, image.width - 1);
          const y1 = Math.min(y0 + 1, image.height - 1);
          const wx = fx - x0;
          const wy = fy - y0;
          for (let c = 0; c < 4; c++) {
            const top = at(x0, y0, c) * (1 - wx) + at(x1, y0, c) * wx;
            const bottom = at(x0, y1, c) * (1 - wx) + at(x1, y1, c) * wx;
            acc[c] += top * (1 - wy) + bottom * wy;
          }
        }
      }
      const o = (oy * width + ox) * 4;
      for (let c = 0; c < 4; c++) out[o + c] = Math.round(acc[c] / (nx * ny));
    }
  }
  return { width, height, data: out };
}

/**
 * The thumbnail from the first panel with a picture: what the panel shows (cover-fit into its shape), cover-cropped
 * again to the thumbnail's shape; the page's background where no panel has a picture (`blank` says so).
 */
export function episodeThumbnail(
  page: EpisodePage, images: readonly (RgbaImage | null | undefined)[], size: { width: number; height: number } = THUMBNAIL_SIZE,
): { image: RgbaImage; blank: boolean } {
  const index = page.panels.findIndex((_, i) => images[i] && images[i]!.width > 0 && images[i]!.height > 0);
  if (index < 0) {
    const data = new Uint8ClampedArray(size.width * size.height * 4);
    const [r, g, b] = parseHex(page.background);
    for (let o = 0; o < data.length; o += 4) data.set([r, g, b, 255], o);
    return { image: { width: size.width, height: size.height, data }, blank: true };
  }
  const image = images[index]!;
  const aspect = PANEL_SHAPES[page.panels[index].shape];
  const shown = coverCrop(image.width, image.height, aspect, 1);
  const inner = coverCrop(shown.width, shown.height, size.width, size.height);
  const src = { x: shown.x + inner.x, y: shown.y + inner.y, width: inner.width, height: inner.height };
  return { image: resampleRect(image, src, size.width, size.height), blank: false };
}
