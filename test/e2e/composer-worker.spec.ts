// The app's composer in Chromium (image worker: OffscreenCanvas + resvg WebAssembly over the shipped sprite pack)
// draws a scene as the Node kit (@napi-rs/canvas + native resvg) does: same sprites (one resvg), canvas
// antialiasing of the background may differ at shape edges only. Set COMPOSER_PNG_DIR to keep both pictures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { encodePng } from '../../src/core/png';
import { renderImage } from '../../src/features/composer/shared/render/compose';
import type { Frame } from '../../src/features/composer/shared/render/render-kit';
import type { SceneGraph, SceneObject } from '../../src/features/composer/shared/scene-graph';
import { nodeKit } from '../../tools/dataset/render/node-kit';
import { watchErrors } from './lib/watch-errors';

interface Composed { ms: number; available: boolean; width: number; height: number; image: string; depth: string }
type Win = Window & { composer: { compose(s: SceneGraph, f: Frame, seed: number): Promise<Composed> } };

const person = (o: Partial<SceneObject>): SceneObject => ({
  kind: 'woman', count: 1, action: 'walking', x: 0.3, y: 0.9, scale: 0.55, depth: 0.8, on: null, zone: 'ground',
  hexcode: '1F6B6-1F3FD-200D-2640-FE0F', tone: 3, flip: false, castId: 'c1', accent: '#d9486b', ...o,
});
const SCENES: { scene: SceneGraph; frame: Frame }[] = [
  { frame: { width: 800, height: 450 }, scene: { id: 's0000001', setting: 'park', time: 'sunset', style: 'ink', relations: [], objects: [
    { ...person({ kind: 'dog', action: null, hexcode: '1F415', tone: 0, x: 0.75, y: 0.8, scale: 0.22, depth: 0.6, castId: undefined, accent: undefined }) },
    person({}),
    person({ kind: 'boy', action: 'standing', hexcode: '1F9CD-1F3FB-200D-2642-FE0F', tone: 1, x: 0.5, y: 0.96, scale: 0.6, depth: 0.9, castId: 'c2', accent: '#2f7fd9' }),
  ] } },
  { frame: { width: 800, height: 600 }, scene: { id: 's0000002', setting: 'kitchen', time: 'night', style: 'screentone', relations: [], objects: [
    person({ kind: 'man', action: 'cooking', hexcode: '1F468-200D-1F373', tone: 0, x: 0.4, y: 0.7, scale: 0.45, depth: 0.5, accent: '#3a9d5d' }),
  ] } },
];

const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

test('the worker composes a scene as the Node renderer does', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/test/e2e/pages/composer-harness.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  for (const [i, { scene, frame }] of SCENES.entries()) {
    const got = await page.evaluate(([s, f]) => (window as unknown as Win).composer.compose(s, f, 7), [scene, frame] as const);
    expect(got.available).toBe(true);
    expect([got.width, got.height]).toEqual([frame.width, frame.height]);
    const image = bytes(got.image), depth = bytes(got.depth);
    const node = renderImage(nodeKit, scene, frame, 7);
    let absSum = 0, farPixels = 0, depthOff = 0, notOpaque = 0, differ = 0;
    for (let q = 0; q < frame.width * frame.height; q++) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(image[q * 4 + c] - node.image.data[q * 4 + c]);
        absSum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 0) differ++;
      if (worst > 48) farPixels++;
      if (Math.abs(depth[q] - node.depth.data[q]) > 2) depthOff++;
      if (image[q * 4 + 3] !== 255) notOpaque++;
    }
    const n = frame.width * frame.height;
    const meanAbs = absSum / (n * 3);
    console.log(`scene ${i + 1} ${frame.width}×${frame.height}: mean |Δ| ${meanAbs.toFixed(4)}, ${differ} pixels differ, off by > 48 ${(farPixels / n * 100).toFixed(3)} %, ` +
      `depth off by > 2 ${(depthOff / n * 100).toFixed(3)} %, browser compose ${got.ms.toFixed(0)} ms${i === 0 ? " (sprite pack load and resvg compile included)" : ""}`);
    if (process.env.COMPOSER_PNG_DIR) {
      mkdirSync(process.env.COMPOSER_PNG_DIR, { recursive: true });
      writeFileSync(join(process.env.COMPOSER_PNG_DIR, `browser-${i + 1}.png`), encodePng({ ...frame, data: new Uint8ClampedArray(image.buffer) }));
      writeFileSync(join(process.env.COMPOSER_PNG_DIR, `node-${i + 1}.png`), encodePng(node.image));
    }
    expect(notOpaque).toBe(0);
    // Measured: Chromium's and @napi-rs/canvas's Skia and the two resvg builds gave identical pixels (0 differ,
    // Debian Chromium, 2026-12). The bounds leave room for another Skia's antialiasing at shape edges, not more.
    expect(meanAbs).toBeLessThan(0.5);
    expect(farPixels / n).toBeLessThan(0.005);
    expect(depthOff / n).toBeLessThan(0.005);
  }
  expect(errors).toEqual([]);
});
