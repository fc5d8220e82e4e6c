// The scene renderer's host in a browser worker: OffscreenCanvas contexts (one per size, reused) and sprites
// rasterised by resvg compiled to WebAssembly (the same resvg 2.6.2 the Node kit runs natively) from the suite's
// sprite pack, recoloured with the cast's accent first.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import resvgWasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import { Once } from '../../../core/once';
import type { Draw2D, RenderKit } from '../shared/render/render-kit';
import { accentSvg } from '../shared/render/sprite-accent';
import { rasterise, SpriteCache, type ResvgClass } from '../shared/render/sprite-raster';
import { packedSvg, type SpritePack } from '../shared/sprite-pack';

// initWasm may run once per worker: a second call throws.
const resvgReady = new Once(() => initWasm(fetch(resvgWasmUrl)));

/** Compiles resvg's WebAssembly (once per worker). */
export function loadResvg(): Promise<void> {
  return resvgReady.get();
}

/** A render kit over `pack`; call after loadResvg() resolved. */
export function browserKit(pack: SpritePack): RenderKit {
  const contexts = new Map<string, OffscreenCanvasRenderingContext2D>();
  const sprites = new SpriteCache(2000);
  return {
    canvas(width, height): Draw2D {
      const key = `${width}x${height}`;
      let ctx = contexts.get(key);
      if (!ctx) {
        // Read back after every layer: a CPU-backed canvas makes getImageData a copy, not a GPU readback.
        const made = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
        if (!made) throw new Error('This browser gives workers no 2D canvas (OffscreenCanvas), so panels cannot be composed.');
        contexts.set(key, (ctx = made));
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      return ctx as unknown as Draw2D;
    },
    sprite(hexcode, px, accent) {
      return sprites.get(hexcode, px, accent, (size) => {
        const svg = packedSvg(pack, hexcode);
        return rasterise(Resvg as unknown as ResvgClass, accent ? accentSvg(svg, accent) : svg, size);
      });
    },
  };
}
