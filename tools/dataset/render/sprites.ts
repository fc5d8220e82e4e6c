// OpenMoji sprites rasterised with resvg at the exact pixel height a scene needs, cached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { localArt } from './art.js';
import type { Sprite } from '../../../src/features/composer/shared/render/render-kit.js';
import { accentSvg } from '../../../src/features/composer/shared/render/sprite-accent.js';

const MAX_CACHED = 4000;
const svgCache = new Map<string, string>();
const spriteCache = new Map<string, Sprite>();
let svgDir: string | undefined;

function openMojiSvgDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
}

export function svgText(hexcode: string): string {
  let text = svgCache.get(hexcode) ?? localArt(hexcode);
  if (text === undefined) {
    svgDir ??= openMojiSvgDir();
    try {
      text = readFileSync(join(svgDir, `${hexcode}.svg`), 'utf8');
    } catch {
      throw new Error(`OpenMoji sprite ${hexcode} not found in ${svgDir}`);
    }
    svgCache.set(hexcode, text);
  }
  return text;
}

function lastVisibleRow(rgba: Uint8Array, width: number, height: number): number {
  for (let y = height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++) if (rgba[(y * width + x) * 4 + 3] > 40) return y;
  }
  return height - 1;
}

/** The sprite `hexcode` rendered `px` pixels tall (and wide: OpenMoji art is square), clothes in `accent` if given. */
export function sprite(hexcode: string, px: number, accent?: string): Sprite {
  const size = Math.max(2, Math.round(px));
  const key = accent ? `${hexcode}@${size}/${accent}` : `${hexcode}@${size}`;
  let found = spriteCache.get(key);
  if (!found) {
    // System fonts are never needed (no text in the art) and loading them costs ~13 ms a call.
    const svg = accent ? accentSvg(svgText(hexcode), accent) : svgText(hexcode);
    const image = new Resvg(svg, { fitTo: { mode: 'height', value: size }, font: { loadSystemFonts: false } }).render();
    const rgba = new Uint8Array(image.pixels.buffer, image.pixels.byteOffset, image.pixels.length);
    found = { width: image.width, height: image.height, rgba, bottom: lastVisibleRow(rgba, image.width, image.height) };
    if (spriteCache.size >= MAX_CACHED) spriteCache.clear();
    spriteCache.set(key, found);
  }
  return found;
}
