// The one place the CLIs call the scene renderer: a composed layout to RGBA pixels and a depth map.
import type { DepthMap, RgbaImage } from '../../src/core/rgba-image';
import type { PanelLayout } from '../../src/features/composer/shared/composer-contract';
import { renderImage } from '../../src/features/composer/shared/render/compose';
import { nodeKit } from '../dataset/render/node-kit';

/** Renders `layout` at its width × height. */
export function renderPanel(layout: PanelLayout, seed: number): { image: RgbaImage; depth: DepthMap } {
  return renderImage(nodeKit, layout.scene, { width: layout.width, height: layout.height }, seed);
}
