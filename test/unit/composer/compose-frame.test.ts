// Width × height rendering: x over the width, y and sizes over the height, depth from the same silhouettes.
import { describe, expect, it } from 'vitest';
import { OPAQUE, memberPlacements, renderImage, renderScene } from '../../../src/features/composer/shared/render/compose';
import type { SceneGraph, SceneObject } from '../../../src/features/composer/shared/scene-graph';
import { nodeKit } from '../../../tools/dataset/render/node-kit';

const person = (x: number, depth: number, extra: Partial<SceneObject> = {}): SceneObject => ({
  kind: 'man', count: 1, action: 'standing', x, y: 0.92, scale: 0.5, depth, on: null, zone: 'ground',
  hexcode: '1F9CD-200D-2642-FE0F', tone: 0, flip: false, ...extra,
});
const park = (objects: SceneObject[], style: SceneGraph['style'] = 'ink'): SceneGraph =>
  ({ id: 's0000001', setting: 'park', time: 'day', style, objects, relations: [] });

describe('renderScene at width × height', () => {
  const wide = { width: 800, height: 450 };

  it('puts a sprite at x·width, its feet at y·height, scale·height tall', () => {
    const o = person(0.25, 0.99);
    const [m] = memberPlacements(nodeKit, o, wide);
    expect(m.sprite.height).toBe(Math.round(0.5 * 450));
    // Whole pixels: within one of the exact place.
    expect(Math.abs(m.left + m.sprite.width / 2 - 0.25 * 800)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.top + m.sprite.bottom + 1 - 0.92 * 450)).toBeLessThanOrEqual(1);
  });

  it('writes the depth map exactly over the sprite silhouette, at the object depth', () => {
    const o = person(0.7, 0.9);
    const { depth, rgb, width, height } = renderScene(nodeKit, park([o]), wide, 3);
    const empty = renderScene(nodeKit, park([]), wide, 3).depth;
    expect([width, height, rgb.length, depth.length]).toEqual([800, 450, 800 * 450 * 3, 800 * 450]);
    const own = Math.round(o.depth * 255);
    const [m] = memberPlacements(nodeKit, o, wide);
    const silhouette = new Uint8Array(800 * 450);
    for (let y = 0; y < m.sprite.height; y++) {
      for (let x = 0; x < m.sprite.width; x++) {
        const tx = m.left + x, ty = m.top + y;
        if (tx >= 0 && ty >= 0 && tx < 800 && ty < 450 && m.sprite.rgba[(y * m.sprite.width + x) * 4 + 3] > OPAQUE) silhouette[ty * 800 + tx] = 1;
      }
    }
    let inside = 0, wrong = 0;
    for (let q = 0; q < depth.length; q++) {
      inside += silhouette[q];
      if (depth[q] !== (silhouette[q] ? own : empty[q])) wrong++;
    }
    expect(inside).toBeGreaterThan(1000);
    expect(wrong).toBe(0);
  });

  it('spreads a group 0.72·scale·height px apart whatever the width', () => {
    const o = person(0.5, 0.9, { count: 3 });
    for (const frame of [wide, { width: 450, height: 450 }, { width: 450, height: 600 }]) {
      const ms = memberPlacements(nodeKit, o, frame);
      expect(Math.abs(ms[1].left - ms[0].left - 0.72 * 0.5 * frame.height)).toBeLessThanOrEqual(1);
      expect(Math.abs(ms[1].left + ms[1].sprite.width / 2 - 0.5 * frame.width)).toBeLessThanOrEqual(1);
    }
  });

  it('spans the background over the full width and keeps the sun round', () => {
    const { depth, rgb } = renderScene(nodeKit, park([]), wide, 3);
    // Sky far at the top right corner, ground near at the bottom right corner, no unpainted column.
    expect(depth[5 * 800 + 799]).toBeLessThanOrEqual(10);
    expect(depth[449 * 800 + 799]).toBeGreaterThan(100);
    for (const y of [5, 300, 449]) expect(rgb[(y * 800 + 799) * 3] + rgb[(y * 800 + 799) * 3 + 1] + rgb[(y * 800 + 799) * 3 + 2]).toBeGreaterThan(0);
    // The sun: the yellowest pixels of the sky, as wide as they are tall (radius in height units).
    let x0 = 800, x1 = -1, y0 = 450, y1 = -1;
    for (let q = 0; q < 800 * 200; q++) {
      const r = rgb[q * 3], g = rgb[q * 3 + 1], b = rgb[q * 3 + 2];
      if (r > 230 && g > 200 && b < 120) {
        const x = q % 800, y = (q / 800) | 0;
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
    }
    expect(x1).toBeGreaterThan(x0);
    // Round within antialiasing (a sun stretched with the width would be 1.78 times wider than tall).
    expect((x1 - x0) / (y1 - y0)).toBeGreaterThan(0.85);
    expect((x1 - x0) / (y1 - y0)).toBeLessThan(1.2);
  });

  it('gives the app opaque RGBA with the same colours as the dataset RGB', () => {
    for (const style of ['ink', 'pastel', 'screentone', 'manga'] as const) {
      const scene = park([person(0.4, 0.8)], style);
      const { rgb } = renderScene(nodeKit, scene, wide, 5);
      const { image, depth } = renderImage(nodeKit, scene, wide, 5);
      expect([image.width, image.height, depth.width, depth.height]).toEqual([800, 450, 800, 450]);
      for (let q = 0; q < 800 * 450; q += 97) {
        expect([image.data[q * 4], image.data[q * 4 + 1], image.data[q * 4 + 2], image.data[q * 4 + 3]])
          .toEqual([rgb[q * 3], rgb[q * 3 + 1], rgb[q * 3 + 2], 255]);
      }
    }
  });

  it('refuses a frame that is not whole pixels', () => {
    expect(() => renderImage(nodeKit, park([]), { width: 800.5, height: 450 }, 1)).toThrow(/whole pixels/);
    expect(() => renderImage(nodeKit, park([]), { width: 0, height: 450 }, 1)).toThrow(/whole pixels/);
  });
});
