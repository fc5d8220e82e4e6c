// Page for bench/compose.ts: starts the composer bench worker and hands its calls to Playwright.
import * as Comlink from 'comlink';
import type { Frame } from '../../src/features/composer/shared/render/render-kit';
import type { SceneGraph } from '../../src/features/composer/shared/scene-graph';
import type { ComposeBenchApi } from './compose.worker';

const worker = Comlink.wrap<ComposeBenchApi>(new Worker(new URL('./compose.worker.ts', import.meta.url), { type: 'module' }));

const benchCompose = {
  load: (packUrl: string) => worker.load(packUrl),
  time: (scenes: SceneGraph[], frame: Frame, seed: number, runs: number) => worker.time(scenes, frame, seed, runs),
  /** One compose through Comlink (pixels transferred), timed from the page. */
  async roundTrip(scene: SceneGraph, frame: Frame, seed: number): Promise<number> {
    const t = performance.now();
    const out = await worker.compose(scene, frame, seed);
    if (out.image.data.length !== frame.width * frame.height * 4) throw new Error('wrong picture size');
    return performance.now() - t;
  },
};

(window as unknown as { benchCompose: typeof benchCompose }).benchCompose = benchCompose;
document.body.dataset.ready = 'true';
