// Worker for bench/compose.ts: the app's browser render kit over a sprite pack fetched from a URL, timed inside
// the worker (compose only) per panel.
import * as Comlink from 'comlink';
import { renderImage } from '../../src/features/composer/shared/render/compose';
import type { Frame, RenderKit } from '../../src/features/composer/shared/render/render-kit';
import type { SceneGraph } from '../../src/features/composer/shared/scene-graph';
import { parseSpritePack } from '../../src/features/composer/shared/sprite-pack';
import { composeOn, kitOver } from '../../src/features/composer/worker/compose-api';

let kit: RenderKit | undefined;

const api = {
  async load(packUrl: string): Promise<number> {
    const t = performance.now();
    kit = await kitOver(parseSpritePack(await (await fetch(packUrl)).json()));
    return performance.now() - t;
  },
  /** ms per compose of each scene: the first (cold: sprites rasterised) then `runs` warm ones. */
  time(scenes: SceneGraph[], frame: Frame, seed: number, runs: number): { cold: number[]; warm: number[] } {
    const cold: number[] = [], warm: number[] = [];
    for (const scene of scenes) {
      let t = performance.now();
      renderImage(kit!, scene, frame, seed);
      cold.push(performance.now() - t);
      for (let r = 0; r < runs; r++) {
        t = performance.now();
        renderImage(kit!, scene, frame, seed);
        warm.push(performance.now() - t);
      }
    }
    return { cold, warm };
  },
  compose: (scene: SceneGraph, frame: Frame, seed: number) => composeOn(kit!, scene, frame, seed),
};

export type ComposeBenchApi = typeof api;
Comlink.expose(api);
