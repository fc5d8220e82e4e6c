import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../../src/core/rng';
import { ACTION_BY_ID } from '../../../src/features/composer/shared/catalog/actions';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects';
import { setting } from '../../../src/features/composer/shared/catalog/settings';
import { OPAQUE, memberPlacements, renderScene } from '../../../src/features/composer/shared/render/compose';
import { nodeKit } from '../../../tools/dataset/render/node-kit';
import { groundDepth } from '../../../src/features/composer/shared/scene/perspective';
import { spotBox } from '../../../src/features/composer/shared/scene/placement';
import { sampleScene } from '../../../src/features/composer/shared/scene/sampler';
import type { SceneGraph, SceneObject } from '../../../src/features/composer/shared/scene-graph';

const scenes: SceneGraph[] = Array.from({ length: 400 }, (_, i) => sampleScene(createRng(deriveSeed(11, i)), `s${i}`));

describe('scene sampler', () => {
  it('is deterministic for a seed', () => {
    expect(sampleScene(createRng(deriveSeed(11, 5)), 's5')).toEqual(scenes[5]);
  });

  it('places 1–4 plausible groups inside the frame, far to near', () => {
    for (const scene of scenes) {
      const s = setting(scene.setting);
      expect(scene.objects.length).toBeGreaterThanOrEqual(1);
      expect(scene.objects.length).toBeLessThanOrEqual(4);
      for (let i = 1; i < scene.objects.length; i++) expect(scene.objects[i].depth).toBeGreaterThanOrEqual(scene.objects[i - 1].depth);
      for (const o of scene.objects) {
        const kind = objectKind(o.kind);
        expect(s.kinds, `${scene.id} ${o.kind} in ${s.id}`).toContain(o.kind);
        expect(o.count).toBeLessThanOrEqual(kind.maxCount);
        if (o.action) {
          expect(kind.actor).toBe(true);
          expect(s.actions).toContain(o.action);
          expect(ACTION_BY_ID.get(o.action)!.zone).toBe(o.zone);
        }
        const [x0, y0, x1, y1] = spotBox(o, o.count);
        expect(x0, `${scene.id} ${o.kind}`).toBeGreaterThanOrEqual(-0.001);
        expect(x1).toBeLessThanOrEqual(1.001);
        expect(y0).toBeGreaterThanOrEqual(-0.001);
        expect(y1).toBeLessThanOrEqual(1.001);
        if (o.on) {
          const f = s.surfaces.find((x) => x.id === o.on)!;
          expect(f, `${o.on} in ${s.id}`).toBeDefined();
          expect(o.y).toBeCloseTo(f.top, 2);
          expect(kind.placement).toContain('surface');
        }
        if (o.zone === 'water') expect(o.y).toBeGreaterThanOrEqual(s.water![0] - 1e-6);
        if (o.zone === 'ground' && !kind.bust && !ACTION_BY_ID.get(o.action ?? '')?.bust) expect(o.y).toBeGreaterThan(s.horizon);
        if (o.zone === 'sky' || o.zone === 'wall') expect(o.y).toBeLessThan(s.horizon);
      }
    }
  });

  it('derives relations that agree with the layout', () => {
    let checked = 0;
    for (const scene of scenes) {
      for (const r of scene.relations) {
        const a = scene.objects[r.a], b = scene.objects[r.b];
        if (r.rel === 'left_of') expect(a.x).toBeLessThan(b.x);
        if (r.rel === 'right_of') expect(a.x).toBeGreaterThan(b.x);
        if (r.rel === 'behind') expect(a.depth).toBeLessThan(b.depth);
        if (r.rel === 'in_front_of') expect(a.depth).toBeGreaterThan(b.depth);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** Depth-map values over an object's own opaque sprite pixels. */
function silhouetteDepths(o: SceneObject, depth: Uint8Array, size: number): number[] {
  const values: number[] = [];
  for (const m of memberPlacements(nodeKit, o, { width: size, height: size })) {
    for (let y = 0; y < m.sprite.height; y++) {
      for (let x = 0; x < m.sprite.width; x++) {
        const sx = m.flip ? m.sprite.width - 1 - x : x;
        const tx = m.left + x, ty = m.top + y;
        if (tx < 0 || ty < 0 || tx >= size || ty >= size) continue;
        if (m.sprite.rgba[(y * m.sprite.width + sx) * 4 + 3] > OPAQUE) values.push(depth[ty * size + tx]);
      }
    }
  }
  return values;
}

describe('depth maps', () => {
  it('holds each object at its depth, covered only by nearer things', () => {
    let pairs = 0;
    for (const scene of scenes.slice(0, 60)) {
      const { depth } = renderScene(nodeKit, scene, { width: 64, height: 64 }, 11);
      for (const o of scene.objects) {
        const own = Math.round(o.depth * 255);
        const values = silhouetteDepths(o, depth, 64);
        // Nothing farther may show through a silhouette (fixtures are a little nearer than what stands behind them).
        for (const v of values) expect(v, `${scene.id} ${o.kind}`).toBeGreaterThanOrEqual(own - 1);
      }
      // The nearest object (when nothing drawn by the room is nearer) shows entirely at its own depth,
      // brighter than every farther object.
      const last = scene.objects[scene.objects.length - 1];
      const s = setting(scene.setting);
      const fixtureNearer = s.surfaces.some((f) => groundDepth(s, f.bottom) >= last.depth);
      if (!fixtureNearer && scene.objects.length > 1) {
        const own = Math.round(last.depth * 255);
        const values = silhouetteDepths(last, depth, 64);
        expect(values.filter((v) => v !== own).length, `${scene.id} ${last.kind}`).toBeLessThanOrEqual(values.length * 0.02);
        for (const o of scene.objects.slice(0, -1)) {
          if (last.depth - o.depth > 0.05) {
            pairs++;
            expect(median(values)).toBeGreaterThan(Math.round(o.depth * 255));
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });

  it('makes the ground nearer at the bottom and the sky farthest', () => {
    const outdoor = scenes.find((s) => !setting(s.setting).indoor)!;
    const { depth, rgb } = renderScene(nodeKit, outdoor, { width: 64, height: 64 }, 11);
    expect(rgb.length).toBe(64 * 64 * 3);
    expect(depth[0]).toBeLessThan(depth[63 * 64]);
    expect(depth[2 * 64 + 1]).toBeLessThanOrEqual(10);
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
