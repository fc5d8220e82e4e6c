// One sprite rasterisation for both hosts: the same resvg (2.6.2) as a native addon in Node (@resvg/resvg-js)
// and as WebAssembly in the app's worker (@resvg/resvg-wasm), with the same options, so sprites match.
import type { Sprite } from './render-kit.js';

/** What both resvg packages' Resvg class offer (the wasm one also wants free()). */
export interface ResvgClass {
  new (svg: string, options: {
    fitTo: { mode: 'height'; value: number };
    font: { loadSystemFonts: boolean };
  }): { render(): { width: number; height: number; pixels: Uint8Array; free?(): void }; free?(): void };
}

/** Sprites rasterised this many pixels tall at least. */
export const MIN_SPRITE_PX = 2;

function lastVisibleRow(rgba: Uint8Array, width: number, height: number): number {
  for (let y = height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++) if (rgba[(y * width + x) * 4 + 3] > 40) return y;
  }
  return height - 1;
}

/** svg rendered px pixels tall (rounded), as premultiplied RGBA with its baseline row. */
export function rasterise(Resvg: ResvgClass, svg: string, px: number): Sprite {
  const size = Math.max(MIN_SPRITE_PX, Math.round(px));
  // System fonts are never needed (no text in the art) and loading them costs ~13 ms a call.
  const resvg = new Resvg(svg, { fitTo: { mode: 'height', value: size }, font: { loadSystemFonts: false } });
  try {
    const image = resvg.render();
    try {
      const pixels = image.pixels;
      const rgba = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length);
      return { width: image.width, height: image.height, rgba, bottom: lastVisibleRow(rgba, image.width, image.height) };
    } finally {
      image.free?.();
    }
  } finally {
    resvg.free?.();
  }
}

/** A bounded cache of sprites by hexcode, pixel height and accent (cleared whole when full: scenes reuse few). */
export class SpriteCache {
  private readonly map = new Map<string, Sprite>();
  constructor(private readonly max = 4000) {}

  get(hexcode: string, px: number, accent: string | undefined, make: (size: number) => Sprite): Sprite {
    const size = Math.max(MIN_SPRITE_PX, Math.round(px));
    const key = accent ? `${hexcode}@${size}/${accent}` : `${hexcode}@${size}`;
    let found = this.map.get(key);
    if (!found) {
      found = make(size);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(key, found);
    }
    return found;
  }
}
