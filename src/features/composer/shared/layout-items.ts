// A panel layout as the CLI's NN.json and the layout editor see it: one item per drawn group, its box in pixels.
import type { LayoutItem, PanelLayout } from './composer-contract.js';
import { spotBox } from './scene/placement.js';

/** Each scene object of `layout` (far → near) with its box [x, y, w, h] in pixels, its depth and its cast look. */
export function layoutItems(layout: PanelLayout): LayoutItem[] {
  const { width, height } = layout;
  const aspect = width / height;
  return layout.scene.objects.map((o) => {
    const [x0, y0, x1, y1] = spotBox(o, o.count, aspect);
    const left = Math.max(0, Math.round(x0 * width)), top = Math.max(0, Math.round(y0 * height));
    const right = Math.min(width, Math.round(x1 * width)), bottom = Math.min(height, Math.round(y1 * height));
    const castId = o.castId ?? null;
    return {
      kind: o.kind, castId, box: [left, top, right - left, bottom - top], depth: o.depth,
      look: castId ? layout.looks[castId] ?? null : null,
    };
  });
}
