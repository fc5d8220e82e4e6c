// The composer's cost per panel (scene graph → 800 px picture + depth): the Node kit (@napi-rs/canvas + native
// resvg, the dataset builder's) and the app's worker kit (OffscreenCanvas + resvg WebAssembly) in Debian's Chromium,
// same scenes. Warm = sprites already rasterised (a studio redraws the same cast). Prints figures; nothing fails on time.
// npm run bench:compose -- [--scenes 12] [--runs 3] [--no-browser]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRng, deriveSeed } from '../src/core/rng';
import { renderImage } from '../src/features/composer/shared/render/compose';
import type { Frame } from '../src/features/composer/shared/render/render-kit';
import { sampleScene } from '../src/features/composer/shared/scene/sampler';
import type { SceneGraph } from '../src/features/composer/shared/scene-graph';
import { PACK_FILE } from '../tools/composer/sprite-pack';
import { nodeKit } from '../tools/dataset/render/node-kit';
import { openModelBenchPage } from './lib/model-bench-page';
import { median } from './lib/top-k-timing';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : argv[i + 1];
};
const count = Number(opt('scenes', '12')), runs = Number(opt('runs', '3')), seed = 7;
const FRAMES: Frame[] = [{ width: 800, height: 450 }, { width: 800, height: 800 }];
const scenes: SceneGraph[] = Array.from({ length: count }, (_, i) => sampleScene(createRng(deriveSeed(seed, i, 1)), `s${i}`));
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;
const label = (f: Frame) => `${f.width}×${f.height}`;

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${count} sampled scenes, ${runs} warm runs each`);
for (const frame of FRAMES) {
  const cold: number[] = [], warm: number[] = [];
  let cpu = 0;
  for (const scene of scenes) {
    let t = performance.now();
    renderImage(nodeKit, scene, frame, seed);
    cold.push(performance.now() - t);
    for (let r = 0; r < runs; r++) {
      const u = process.cpuUsage();
      t = performance.now();
      renderImage(nodeKit, scene, frame, seed);
      warm.push(performance.now() - t);
      const d = process.cpuUsage(u);
      cpu += (d.user + d.system) / 1000;
    }
  }
  // CPU time next to wall time: on a shared machine the wall figures mostly measure the wait for a core.
  console.log(`node ${label(frame)}: warm ${fmt(warm)}, CPU ${(cpu / warm.length).toFixed(1)} ms a panel; first ${fmt(cold)}`);
}

if (!argv.includes('--no-browser')) {
  const pack = readFileSync(PACK_FILE);
  const { page, modelUrl, close } = await openModelBenchPage('compose-worker.html', 'bench-sprites.json', pack, 5194);
  type Bench = {
    load(u: string): Promise<number>;
    time(s: SceneGraph[], f: Frame, seed: number, runs: number): Promise<{ cold: number[]; warm: number[] }>;
    roundTrip(s: SceneGraph, f: Frame, seed: number): Promise<number>;
  };
  try {
    const loadMs = await page.evaluate((u) => (window as unknown as { benchCompose: Bench }).benchCompose.load(u), modelUrl);
    console.log(`chromium worker: pack parsed + resvg wasm compiled in ${loadMs.toFixed(0)} ms`);
    for (const frame of FRAMES) {
      const r = await page.evaluate(([s, f, sd, n]) => (window as unknown as { benchCompose: Bench }).benchCompose.time(s, f, sd, n),
        [scenes, frame, seed, runs] as const);
      const trips: number[] = [];
      for (const scene of scenes) {
        trips.push(await page.evaluate(([s, f, sd]) => (window as unknown as { benchCompose: Bench }).benchCompose.roundTrip(s, f, sd),
          [scene, frame, seed] as const));
      }
      console.log(`chromium worker ${label(frame)}: warm ${fmt(r.warm)}; first ${fmt(r.cold)}; page round trip (warm, transferred) ${fmt(trips)}`);
    }
  } finally {
    await close();
  }
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
