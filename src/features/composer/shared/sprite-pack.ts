// The sprites the app's composer draws with, shipped as one JSON file of the suite (composer/sprites.json):
// the SVG text of every hexcode the catalogue can draw, minified, with the art's licence and credit.
// Written by `npm run composer:sprites` (tools/composer/sprite-pack.ts), read by the worker's render kit.

export const SPRITE_PACK_FORMAT = 'toonsmith-sprites';
export const SPRITE_PACK_VERSION = 1;
/** The suite model that carries the pack, and the pack's path inside the suite folder. */
export const COMPOSER_MODEL_ID = 'composer';
export const SPRITE_PACK_PATH = 'composer/sprites.json';

export interface SpritePack {
  format: typeof SPRITE_PACK_FORMAT;
  version: typeof SPRITE_PACK_VERSION;
  /** SPDX id of the art's licence. */
  licence: string;
  /** The attribution the licence asks for. */
  credit: string;
  /** Where the art comes from (package and version). */
  source: string;
  /** Hexcode (or local "X-…" id) → SVG text. */
  sprites: Record<string, string>;
}

export class SpritePackError extends Error {
  constructor(problem: string) {
    super(`composer sprite pack (${SPRITE_PACK_PATH}): ${problem}`);
    this.name = 'SpritePackError';
  }
}

/** Checks a parsed sprites.json; throws SpritePackError naming the first bad field. */
export function parseSpritePack(json: unknown): SpritePack {
  if (typeof json !== 'object' || json === null) throw new SpritePackError('not a JSON object');
  const o = json as Record<string, unknown>;
  if (o.format !== SPRITE_PACK_FORMAT) throw new SpritePackError(`format is ${JSON.stringify(o.format)}, expected "${SPRITE_PACK_FORMAT}"`);
  if (o.version !== SPRITE_PACK_VERSION) throw new SpritePackError(`version ${JSON.stringify(o.version)} is not ${SPRITE_PACK_VERSION}`);
  for (const field of ['licence', 'credit', 'source'] as const) {
    if (typeof o[field] !== 'string' || !o[field]) throw new SpritePackError(`${field} is missing`);
  }
  if (typeof o.sprites !== 'object' || o.sprites === null) throw new SpritePackError('sprites is not an object');
  for (const [hex, svg] of Object.entries(o.sprites)) {
    if (typeof svg !== 'string' || !svg.startsWith('<svg')) throw new SpritePackError(`sprite ${hex} is not SVG text`);
  }
  return o as unknown as SpritePack;
}

/** The SVG text of one sprite, or an error naming the hexcode the pack lacks. */
export function packedSvg(pack: SpritePack, hexcode: string): string {
  const svg = pack.sprites[hexcode];
  if (svg === undefined) throw new SpritePackError(`no sprite ${hexcode} (rebuild it with npm run composer:sprites)`);
  return svg;
}

/**
 * Smaller SVG text that draws the same: no XML declaration, comments or metadata, no whitespace between tags,
 * runs of whitespace inside attributes collapsed. Group ids stay (sprite-accent.ts finds clothes and skin by them).
 */
export function minifySvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<metadata[\s\S]*?<\/metadata>/g, '')
    .replace(/<title[\s\S]*?<\/title>/g, '')
    .replace(/<desc[\s\S]*?<\/desc>/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)/g, '$1')
    .trim();
}
