// Writes the app composer's sprite pack, public/models/toon-mini/composer/sprites.json: the minified SVG of every
// sprite the catalogue can draw (OpenMoji hexcodes with their skin tones, and the local art), with the licence and
// credit OpenMoji's CC BY-SA 4.0 asks for. Then `npm run manifest` records its size and sha256.
// usage: npm run composer:sprites [-- --check]   (--check: fail when the file on disk is not what this would write)
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usedHexcodes } from '../dataset/pack.js';
import { localArtIds } from '../dataset/render/art.js';
import { svgText } from '../dataset/render/sprites.js';
import {
  minifySvg, SPRITE_PACK_FORMAT, SPRITE_PACK_PATH, SPRITE_PACK_VERSION, type SpritePack,
} from '../../src/features/composer/shared/sprite-pack.js';

const here = dirname(fileURLToPath(import.meta.url));
export const PACK_FILE = resolve(here, '../../public/models/toon-mini', SPRITE_PACK_PATH);

/** Every id the composer can be asked to draw: the dataset's hexcodes and the local art. */
export function packedIds(): string[] {
  return [...usedHexcodes(), ...localArtIds()].sort();
}

export function buildSpritePack(): SpritePack {
  const version = (createRequire(import.meta.url)('openmoji/package.json') as { version: string }).version;
  const sprites: Record<string, string> = {};
  for (const id of packedIds()) sprites[id] = minifySvg(svgText(id));
  return {
    format: SPRITE_PACK_FORMAT,
    version: SPRITE_PACK_VERSION,
    licence: 'CC-BY-SA-4.0',
    credit: 'All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0. ' +
      'Local sprites (ids starting "X-") are drawn in OpenMoji\'s style by Toonsmith, under the same licence.',
    source: `openmoji ${version} (color/svg), Toonsmith tools/dataset/render/art.ts`,
    sprites,
  };
}

/** One sprite per line: diffs stay readable, the file stays small. */
export function serialisePack(pack: SpritePack): string {
  const { sprites, ...head } = pack;
  const lines = Object.entries(sprites).map(([id, svg]) => `  ${JSON.stringify(id)}: ${JSON.stringify(svg)}`);
  const top = Object.entries(head).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `{\n${top.join('\n')}\n "sprites": {\n${lines.join(',\n')}\n }\n}\n`;
}

function main(): void {
  const text = serialisePack(buildSpritePack());
  if (process.argv.includes('--check')) {
    const current = existsSync(PACK_FILE) ? readFileSync(PACK_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${SPRITE_PACK_PATH} is stale: run npm run composer:sprites, then npm run manifest`);
      process.exitCode = 1;
    } else console.log(`${SPRITE_PACK_PATH} is current`);
    return;
  }
  mkdirSync(dirname(PACK_FILE), { recursive: true });
  writeFileSync(PACK_FILE, text);
  const count = Object.keys(JSON.parse(text).sprites).length;
  console.log(`wrote ${SPRITE_PACK_PATH}: ${count} sprites, ${(text.length / 1e6).toFixed(2)} MB (then run npm run manifest)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
