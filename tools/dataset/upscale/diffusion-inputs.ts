// Real diffusion panels for the upscaler's measurement: each test scene of the pair pack is drawn by the suite's
// diffusion model as the app draws a panel from a reference (its 128 px render and exact depth, the scene's first
// caption, the app's sampling defaults), so the upscalers can be measured against that reference's 512 px render,
// whose lines a panel should keep.
// npm run upscale:diffusion -- [--pairs out/upscale-pairs] [--scenes 32] [--threads 2]
// Writes PAIRS/test/lo_diffusion.npy (uint8 [N,128,128,3]) beside the pack's lo/hi.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderScene } from '../../../src/features/composer/shared/render/compose.js';
import { STYLES } from '../../../src/features/composer/shared/scene-graph.js';
import type { RgbaImage } from '../../../src/core/rgba-image.js';
import { withEngine } from '../../cli/node-engine.js';
import { sceneRecord } from '../build-scene.js';
import { NpyWriter } from '../output/npy.js';
import { nodeKit } from '../render/node-kit.js';

const TEST_SEED = 62; // pairs-cli's test split

function rgba(rgb: Uint8Array, size: number): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    data[i * 4] = rgb[i * 3]; data[i * 4 + 1] = rgb[i * 3 + 1]; data[i * 4 + 2] = rgb[i * 3 + 2]; data[i * 4 + 3] = 255;
  }
  return { width: size, height: size, data };
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
  const pairs = resolve(arg('pairs', 'out/upscale-pairs'));
  const scenes = Number(arg('scenes', '32'));
  const threads = Number(arg('threads', '2'));
  const size = 128;
  await withEngine({ suiteDir: 'public/models/toon-mini', galleryDir: 'public/gallery/toon-mini', threads }, async (engine) => {
    const s = engine.defaults.sampling;
    mkdirSync(join(pairs, 'test'), { recursive: true });
    const out = new NpyWriter(join(pairs, 'test', 'lo_diffusion.npy'), scenes, [size, size, 3]);
    const t0 = Date.now();
    for (let i = 0; i < scenes; i++) {
      const record = sceneRecord(TEST_SEED, i);
      const scene = { ...record, style: STYLES[i % STYLES.length] }; // the pack's style for scene i
      const ref = renderScene(nodeKit, scene, { width: size, height: size }, TEST_SEED);
      const caption = i % 2 ? record.captions.ko[0] : record.captions.en[0];
      const states = await engine.encodeText([caption, '']);
      const tokens = states.lastHidden.length / 2;
      const [panel] = await engine.denoise({
        cond: states.lastHidden.slice(0, tokens), uncond: states.lastHidden.slice(tokens), style: scene.style,
        reference: rgba(ref.rgb, size), depth: { width: size, height: size, data: ref.depth },
        seeds: [i], steps: s.steps, guidance: s.guidance, strength: s.strength,
      }, () => {});
      const rgb = new Uint8Array(size * size * 3);
      for (let p = 0; p < size * size; p++) for (let c = 0; c < 3; c++) rgb[p * 3 + c] = panel.data[p * 4 + c];
      out.write(rgb);
      if ((i + 1) % 8 === 0) console.log(`${i + 1}/${scenes} panels, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    out.close();
  });
  console.log(`wrote ${join(pairs, 'test', 'lo_diffusion.npy')}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
