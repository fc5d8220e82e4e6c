// The lettering faces for @napi-rs/canvas in Node: the same @fontsource woff2 files the browser loads, registered
// under LETTERING_FONTS' family names, so the CLI measures and draws with the studio's faces (never a system font
// that happens to be installed). Each package's "korean" file holds the whole face: every Hangul syllable and Latin.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { canvasMeasure, cachedMeasure, type MeasureText } from '../../src/features/lettering/shared/lettering-canvas';
import type { LetteringFonts } from '../../src/features/lettering/shared/lettering-contract';
import { LETTERING_FONTS } from '../../src/features/lettering/shared/lettering-fonts';

const require = createRequire(import.meta.url);

/** Which @fontsource package and weights stand behind each family (the weights fontFor asks for). */
const FACES: { role: keyof LetteringFonts; pkg: string; weights: number[] }[] = [
  { role: 'dialogue', pkg: 'nanum-gothic', weights: [400, 800] },
  { role: 'narration', pkg: 'nanum-myeongjo', weights: [400] },
  { role: 'display', pkg: 'black-han-sans', weights: [400] },
];

let registered: string[] | undefined;

/** The woff2 files registered, for reports; registers them once (later calls do nothing). */
export function registerLetteringFonts(fonts: LetteringFonts = LETTERING_FONTS): string[] {
  if (registered) return registered;
  const files: string[] = [];
  for (const face of FACES) {
    const dir = join(dirname(require.resolve(`@fontsource/${face.pkg}/package.json`)), 'files');
    for (const weight of face.weights) {
      const file = join(dir, `${face.pkg}-korean-${weight}-normal.woff2`);
      if (!existsSync(file)) throw new Error(`lettering fonts: ${file} is missing; run npm install`);
      if (!GlobalFonts.registerFromPath(file, fonts[face.role])) {
        throw new Error(`lettering fonts: @napi-rs/canvas could not read ${file}`);
      }
      files.push(file);
    }
  }
  for (const face of FACES) {
    if (!GlobalFonts.has(fonts[face.role])) throw new Error(`lettering fonts: "${fonts[face.role]}" is not registered`);
  }
  registered = files;
  return files;
}

/** Text measure on @napi-rs/canvas with the registered faces (registers them first). */
export function nodeMeasure(): MeasureText {
  registerLetteringFonts();
  return cachedMeasure(canvasMeasure(createCanvas(1, 1).getContext('2d')));
}
