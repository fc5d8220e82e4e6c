// The app's sprite pack holds every sprite the catalogue can draw, minified without changing a pixel, and credits OpenMoji.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { rasterise, type ResvgClass } from '../../../src/features/composer/shared/render/sprite-raster';
import { minifySvg, packedSvg, parseSpritePack, SpritePackError } from '../../../src/features/composer/shared/sprite-pack';
import { usedHexcodes } from '../../../tools/dataset/pack';
import { svgText } from '../../../tools/dataset/render/sprites';
import { PACK_FILE, buildSpritePack, serialisePack } from '../../../tools/composer/sprite-pack';

const text = readFileSync(PACK_FILE, 'utf8');
const pack = parseSpritePack(JSON.parse(text));

describe('composer sprite pack', () => {
  it('is current (npm run composer:sprites) and credits OpenMoji under CC BY-SA 4.0', () => {
    expect(text === serialisePack(buildSpritePack()), 'stale: run npm run composer:sprites, then npm run manifest').toBe(true);
    expect(pack.licence).toBe('CC-BY-SA-4.0');
    expect(pack.credit).toMatch(/OpenMoji/);
  });

  it('covers every hexcode the scene sampler can emit, and the local art', () => {
    for (const hex of usedHexcodes()) expect(pack.sprites[hex], hex).toBeDefined();
    expect(pack.sprites['X-CARRIAGE']).toBeDefined();
    expect(() => packedSvg(pack, 'NOPE')).toThrow(SpritePackError);
  });

  it('draws minified sprites pixel for pixel like the originals', () => {
    const ids = Object.keys(pack.sprites);
    for (let i = 0; i < ids.length; i += 23) {
      const a = rasterise(Resvg as unknown as ResvgClass, svgText(ids[i]), 48);
      const b = rasterise(Resvg as unknown as ResvgClass, pack.sprites[ids[i]], 48);
      expect(Buffer.from(b.rgba).equals(Buffer.from(a.rgba)), ids[i]).toBe(true);
    }
    expect(minifySvg('<?xml version="1.0"?>\n<svg a="1"  >\n  <!-- c --><g id="color" />\n</svg>')).toBe('<svg a="1"><g id="color"/></svg>');
  });

  it('names the bad field of a broken pack', () => {
    expect(() => parseSpritePack({ format: 'x' })).toThrow(/format/);
    expect(() => parseSpritePack({ ...pack, sprites: { A: 'nope' } })).toThrow(/sprite A/);
  });
});
