// Exact training pairs for the toon upscaler: the same ToonScenes scene rendered at the input size (128 px,
// the panels' size) and at the target size, from (seed, index) alone, the four styles in turn.
import { renderScene } from '../../../src/features/composer/shared/render/compose.js';
import { nodeKit } from '../render/node-kit.js';
import { sceneRecord } from '../build-scene.js';
import { STYLES, type ArtStyle } from '../../../src/features/composer/shared/scene-graph.js';

export interface ScenePair {
  index: number;
  id: string;
  style: ArtStyle;
  setting: string;
  /** RGB, row-major: lo is lowSize², hi is highSize². */
  lo: Uint8Array;
  hi: Uint8Array;
}

/** Scene `index` of `seed` in style `index % 4` (every style equally often), at both sizes. */
export function scenePair(seed: number, index: number, lowSize: number, highSize: number): ScenePair {
  const record = sceneRecord(seed, index);
  const style = STYLES[index % STYLES.length];
  const scene = { ...record, style };
  return {
    index,
    id: record.id,
    style,
    setting: record.setting,
    lo: renderScene(nodeKit, scene, { width: lowSize, height: lowSize }, seed).rgb,
    hi: renderScene(nodeKit, scene, { width: highSize, height: highSize }, seed).rgb,
  };
}
