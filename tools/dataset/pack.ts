// Packs the dataset builder to run with plain Node where there is no npm (the GPU machine):
// DIR/cli.mjs (one esbuild bundle) + the native canvas/resvg packages + only the OpenMoji
// sprites the catalog uses. Run there as: node DIR/cli.mjs --count N --seed S --out OUT --workers 16
// usage: npx tsx tools/dataset/pack.ts [DIR]   (default out/toonscenes-runner)
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ACTIONS, actionHexcode } from '../../src/features/composer/shared/catalog/actions.js';
import { OBJECTS } from '../../src/features/composer/shared/catalog/objects.js';
import { isLocalArt } from './render/art.js';
import { withSkinTone } from '../../src/features/composer/shared/scene/tones.js';
import { lookHexcodes } from '../../src/features/composer/shared/cast-looks.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const NATIVE = ['@napi-rs/canvas', '@napi-rs/canvas-linux-x64-gnu', '@resvg/resvg-js', '@resvg/resvg-js-linux-x64-gnu'];

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Every hexcode the sampler and the composer can emit: catalog sprites, action sprites, the cast looks' variants, and
 *  their skin tones. */
export function usedHexcodes(): string[] {
  const bases = new Set<string>(lookHexcodes());
  for (const o of OBJECTS) bases.add(o.hexcode);
  for (const a of ACTIONS) for (const g of ['neutral', 'male', 'female'] as const) bases.add(actionHexcode(a, g));
  const all = new Set<string>();
  for (const base of bases) for (let tone = 0; tone <= 5; tone++) all.add(withSkinTone(base, tone));
  return [...all].filter((hex) => !isLocalArt(hex)).sort(); // local art is bundled in the code
}

async function pack(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(here, 'cli.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    outfile: join(dir, 'cli.mjs'), external: ['@napi-rs/canvas', '@resvg/resvg-js', 'openmoji', 'emojibase-data'],
    // Bundled CommonJS dependencies (pngjs) call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  for (const name of NATIVE) {
    cpSync(packageDir(name), join(dir, 'node_modules', name), { recursive: true });
  }
  const openmoji = packageDir('openmoji');
  const target = join(dir, 'node_modules', 'openmoji');
  mkdirSync(join(target, 'color', 'svg'), { recursive: true });
  mkdirSync(join(target, 'data'), { recursive: true });
  cpSync(join(openmoji, 'package.json'), join(target, 'package.json'));
  cpSync(join(openmoji, 'data', 'openmoji.json'), join(target, 'data', 'openmoji.json'));
  const hexcodes = usedHexcodes();
  for (const hex of hexcodes) cpSync(join(openmoji, 'color', 'svg', `${hex}.svg`), join(target, 'color', 'svg', `${hex}.svg`));
  cpSync(join(openmoji, 'LICENSE.txt'), join(target, 'LICENSE.txt'));
  // The language side reads Korean emoji labels at run time (createRequire is not bundled).
  const emojibase = packageDir('emojibase-data');
  mkdirSync(join(dir, 'node_modules', 'emojibase-data', 'ko'), { recursive: true });
  for (const file of ['package.json', 'LICENSE', 'ko/data.json']) {
    cpSync(join(emojibase, file), join(dir, 'node_modules', 'emojibase-data', file));
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'toonscenes-runner', private: true, type: 'module' }, null, 1) + '\n');
  console.log(`packed ${dir}: cli.mjs, ${NATIVE.length} native packages, ${hexcodes.length} OpenMoji sprites`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  pack(resolve(process.argv[2] ?? 'out/toonscenes-runner')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
