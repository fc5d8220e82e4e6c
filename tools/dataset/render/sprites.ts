// OpenMoji sprites rasterised with resvg at the exact pixel height a scene needs, cached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { localArt } from './art.js';
import type { Sprite } from '../../../src/features/composer/shared/render/render-kit.js';
import { accentSvg } from '../../../src/features/composer/shared/render/sprite-accent.js';
import { rasterise, SpriteCache, type ResvgClass } from '../../../src/features/composer/shared/render/sprite-raster.js';

const svgCache = new Map<string, string>();
const sprites = new SpriteCache();
let svgDir: string | undefined;

function openMojiSvgDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
}

/** The SVG text of an OpenMoji hexcode or a local "X-…" sprite. */
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

/** The sprite `hexcode` rendered `px` pixels tall (and wide: OpenMoji art is square), clothes in `accent` if given. */
export function sprite(hexcode: string, px: number, accent?: string): Sprite {
  return sprites.get(hexcode, px, accent, (size) =>
    rasterise(Resvg as unknown as ResvgClass, accent ? accentSvg(svgText(hexcode), accent) : svgText(hexcode), size));
}
