// The four art styles, applied to the composited RGBA scene (CartoonGAN had four styles):
// ink (flat colour, strong outlines), pastel, screentone (halftone dots), manga (grey + hatching).
import type { ArtStyle } from '../scene-graph.js';

import type { Frame } from './render-kit.js';

/** Styles width × height RGBA into `out` (RGB, or RGBA when `n` is 4: alpha is left to the caller); patterns are
 *  scaled by the height, x counts over the width. */
type Styler = (rgba: Uint8ClampedArray, frame: Frame, out: Uint8Array, n: number) => void;

const lum = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;
const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

const ink: Styler = (rgba, _frame, out, n) => {
  for (let p = 0, o = 0; o < out.length; p += 4, o += n) {
    const r = rgba[p], g = rgba[p + 1], b = rgba[p + 2];
    const l = lum(r, g, b);
    // More saturation and crushed darks: bolder flat colour and blacker lines.
    const k = l < 60 ? 0.5 : 1;
    out[o] = clamp((l + (r - l) * 1.25) * k);
    out[o + 1] = clamp((l + (g - l) * 1.25) * k);
    out[o + 2] = clamp((l + (b - l) * 1.25) * k);
  }
};

const pastel: Styler = (rgba, _frame, out, n) => {
  for (let p = 0, o = 0; o < out.length; p += 4, o += n) {
    const r = rgba[p], g = rgba[p + 1], b = rgba[p + 2];
    const l = lum(r, g, b);
    if (l < 70) {
      // Outlines turn a soft plum instead of black.
      out[o] = 118; out[o + 1] = 92; out[o + 2] = 112;
      continue;
    }
    const sr = l + (r - l) * 0.7, sg = l + (g - l) * 0.7, sb = l + (b - l) * 0.7;
    out[o] = clamp(sr * 0.6 + 255 * 0.4);
    out[o + 1] = clamp(sg * 0.6 + 240 * 0.4);
    out[o + 2] = clamp(sb * 0.6 + 250 * 0.4);
  }
};

/** Dot screen on a 45° grid: true inside a dot whose radius grows with darkness. */
function inDot(x: number, y: number, period: number, darkness: number): boolean {
  const u = (x + y) / period, v = (x - y) / period;
  const du = u - Math.round(u), dv = v - Math.round(v);
  return du * du + dv * dv < darkness * 0.5;
}

const screentone: Styler = (rgba, { width, height }, out, n) => {
  const period = Math.max(3, height / 24);
  for (let p = 0, o = 0, i = 0; o < out.length; p += 4, o += n, i++) {
    const r = rgba[p], g = rgba[p + 1], b = rgba[p + 2];
    const l = lum(r, g, b);
    if (l < 75) { out[o] = 0; out[o + 1] = 0; out[o + 2] = 0; continue; }
    const x = i % width, y = (i / width) | 0;
    const dark = 1 - l / 255;
    // High contrast: colours pushed towards full saturation, shading carried by the dots.
    // Light areas stay clean; dots start at mid tones, as printed screentone does.
    const k = dark > 0.3 && inDot(x, y, period, (dark - 0.3) * 1.6) ? 0.25 : 1.1;
    out[o] = clamp((l + (r - l) * 1.6) * k + (k > 1 ? 20 : 0));
    out[o + 1] = clamp((l + (g - l) * 1.6) * k + (k > 1 ? 20 : 0));
    out[o + 2] = clamp((l + (b - l) * 1.6) * k + (k > 1 ? 20 : 0));
  }
};

const manga: Styler = (rgba, { width, height }, out, n) => {
  const period = Math.max(3, Math.round(height / 32));
  for (let p = 0, o = 0, i = 0; o < out.length; p += 4, o += n, i++) {
    const l = lum(rgba[p], rgba[p + 1], rgba[p + 2]);
    const x = i % width, y = (i / width) | 0;
    let v: number;
    if (l < 70) v = 0;
    else if (l > 215) v = 250;
    else {
      const t = 1 - (l - 70) / 145; // 0 light … 1 dark
      const diag = (x + y) % period === 0;
      const cross = (x - y + height * period) % period === 0; // + height·period keeps it non-negative
      // Light greys get screen-grey, mid tones diagonal hatching, darks cross-hatching.
      v = t < 0.3 ? 215 : t < 0.65 ? (diag ? 60 : 200) : (diag || cross ? 40 : 165);
    }
    out[o] = v; out[o + 1] = v; out[o + 2] = v;
  }
};

const STYLERS: Record<ArtStyle, Styler> = { ink, pastel, screentone, manga };

/** RGB pixels of the scene in `style`. */
export function applyStyle(rgba: Uint8ClampedArray, frame: Frame, style: ArtStyle): Uint8Array {
  const out = new Uint8Array(frame.width * frame.height * 3);
  STYLERS[style](rgba, frame, out, 3);
  return out;
}

/** Opaque RGBA pixels of the scene in `style` (what the app's panels hold). */
export function applyStyleRgba(rgba: Uint8ClampedArray, frame: Frame, style: ArtStyle): Uint8ClampedArray {
  // Written as Uint8Array like applyStyle (which truncates fractions where a clamped array would round): same bytes.
  const out = new Uint8Array(frame.width * frame.height * 4);
  STYLERS[style](rgba, frame, out, 4);
  for (let p = 3; p < out.length; p += 4) out[p] = 255;
  return new Uint8ClampedArray(out.buffer);
}
