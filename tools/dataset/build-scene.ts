// Everything about scene i of a build, from (seed, i) alone: graph, captions, pixels, depth.
import { createRng, deriveSeed } from '../../src/core/rng.js';
import { captionScene } from './captions.js';
import { renderScene } from '../../src/features/composer/shared/render/compose.js';
import { nodeKit } from './render/node-kit.js';
import { sampleScene } from '../../src/features/composer/shared/scene/sampler.js';
import { sceneId, splitOf, type Split } from './scene/split.js';
import type { SceneRecord } from '../../src/features/composer/shared/scene-graph.js';

const LAYOUT_STREAM = 1;
const CAPTION_STREAM = 2;

export interface BuiltScene {
  index: number;
  split: Split;
  record: SceneRecord;
  /** Per size: RGB bytes and depth bytes. */
  images: { size: number; rgb: Uint8Array; depth: Uint8Array }[];
}

export function sceneRecord(seed: number, index: number): SceneRecord {
  const graph = sampleScene(createRng(deriveSeed(seed, index, LAYOUT_STREAM)), sceneId(index));
  // Captions draw from their own stream so a caption change never moves the layout.
  const captions = captionScene(graph, createRng(deriveSeed(seed, index, CAPTION_STREAM)));
  return { ...graph, captions };
}

export function buildScene(seed: number, index: number, sizes: readonly number[]): BuiltScene {
  const record = sceneRecord(seed, index);
  const images = sizes.map((size) => {
    const { rgb, depth } = renderScene(nodeKit, record, { width: size, height: size }, seed);
    return { size, rgb, depth };
  });
  return { index, split: splitOf(seed, index), record, images };
}
