// The one place the CLIs call the scene renderer: a composed layout to RGBA pixels and a depth map.
import type { DepthMap, RgbaImage } from '../../src/core/rgba-image';
import type { PanelLayout } from '../../src/features/composer/shared/composer-contract';
import { renderScene } from '../../src/features/composer/shared/render/compose';
import { nodeKit } from '../dataset/render/node-kit';

/** Renders `layout` at its width × height. */
export function renderPanel(layout: PanelLayout, seed: number): { image: RgbaImage; depth: DepthMap } {
  const { width, height } = layout;
  // Interim until the renderer takes a width × height frame (then: renderScene(nodeKit, layout.scene, { width, height }, seed)):
  // a square render as wide as the panel, resampled to the panel's height.
  const side = Math.max(width, height);
  const square = renderScene(nodeKit, layout.scene, side, seed);
  return toPanel(square.rgb, square.depth, side, side, width, height);
}

/** RGB + depth bytes of a w × h render as the panel's images (nearest-neighbour resample when the sizes differ). */
function toPanel(rgb: Uint8Array, depthBytes: Uint8Array, w: number, h: number, width: number, height: number): { image: RgbaImage; depth: DepthMap } {
  const data = new Uint8ClampedArray(width * height * 4);
  const depth = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(h - 1, Math.floor(((y + 0.5) * h) / height));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(w - 1, Math.floor(((x + 0.5) * w) / width));
      const s = sy * w + sx, p = y * width + x;
      data[p * 4] = rgb[s * 3];
      data[p * 4 + 1] = rgb[s * 3 + 1];
      data[p * 4 + 2] = rgb[s * 3 + 2];
      data[p * 4 + 3] = 255;
      depth[p] = depthBytes[s];
    }
  }
  return { image: { width, height, data }, depth: { width, height, data: depth } };
}
