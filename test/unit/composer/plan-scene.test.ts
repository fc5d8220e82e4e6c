import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import { OBJECTS, objectKind } from '../../../src/features/composer/shared/catalog/objects';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings';
import { looksForTreatment } from '../../../src/features/composer/shared/cast-looks';
import { layoutItems } from '../../../src/features/composer/shared/layout-items';
import { sceneFromPlan } from '../../../src/features/composer/shared/plan-scene';
import { isInteraction } from '../../../src/features/composer/shared/scene-graph';
import { spotBox } from '../../../src/features/composer/shared/scene/placement';

const SIZES = [{ width: 800, height: 450 }, { width: 800, height: 600 }, { width: 800, height: 800 }, { width: 800, height: 1067 }];
const ANIMATE = new Set(['person', 'animal']);

function plan(p: Partial<ScenePlan>): ScenePlan {
  return {
    id: '1', text: 'line', setting: null, time: null, cast: [], objects: [], relations: [], unknown: [],
    confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] }, ...p,
  };
}

/** A random plan as the planner writes them: a place (or none), 1–2 cast members, 0–3 objects plausible there. */
function randomPlan(i: number): ScenePlan {
  const rng = createRng(1000 + i);
  const s = rng.pick(SETTINGS);
  const kinds = rng.shuffle(s.kinds);
  const cast = kinds.filter((k) => ANIMATE.has(objectKind(k).category)).slice(0, 1 + rng.int(2))
    .map((kind, c) => ({ id: `c${c + 1}`, kind, confidence: 1, ...(rng.chance(0.3) ? { count: rng.chance(0.5) ? null : 1 + rng.int(4) } : {}) }));
  const objects = kinds.filter((k) => !ANIMATE.has(objectKind(k).category)).slice(0, rng.int(4))
    .map((kind) => ({ kind, count: rng.chance(0.2) ? null : 1 + rng.int(3), confidence: 1 }));
  return plan({ id: String(i), text: `line ${i}`, setting: rng.chance(0.7) ? s.id : null, cast, objects });
}

describe('sceneFromPlan', () => {
  it('places every named kind of many random plans, inside the frame, with the plan counts (capped)', () => {
    let named = 0, present = 0;
    for (let i = 0; i < 300; i++) {
      const p = randomPlan(i);
      const size = SIZES[i % SIZES.length];
      const layout = sceneFromPlan(p, { looks: {}, style: 'ink', seed: 3, ...size });
      const aspect = size.width / size.height;
      for (const want of [...p.cast.map((c) => c.kind), ...p.objects.map((o) => o.kind)]) {
        named++;
        if (layout.scene.objects.some((o) => o.kind === want)) present++;
        else expect(layout.dropped, `${p.id} ${want} in ${layout.scene.setting}`).toContain(want);
      }
      for (const o of p.objects) {
        const drawn = layout.scene.objects.find((x) => x.kind === o.kind);
        if (drawn && o.count !== null) expect(drawn.count).toBe(Math.min(o.count, objectKind(o.kind).maxCount));
        if (drawn && o.count === null) expect(drawn.count).toBeGreaterThanOrEqual(Math.min(2, objectKind(o.kind).maxCount));
      }
      for (const o of layout.scene.objects) {
        const [x0, y0, x1, y1] = spotBox(o, o.count, aspect);
        expect(x0, `${p.id} ${o.kind}`).toBeGreaterThanOrEqual(-1e-3);
        expect(x1, `${p.id} ${o.kind}`).toBeLessThanOrEqual(1 + 1e-3);
        expect(y0, `${p.id} ${o.kind}`).toBeGreaterThanOrEqual(-1e-3);
        expect(y1, `${p.id} ${o.kind}`).toBeLessThanOrEqual(1 + 1e-3);
      }
      for (let k = 1; k < layout.scene.objects.length; k++) {
        expect(layout.scene.objects[k].depth).toBeGreaterThanOrEqual(layout.scene.objects[k - 1].depth); // far → near
      }
      for (const item of layoutItems(layout)) {
        const [x, y, w, h] = item.box;
        expect(x >= 0 && y >= 0 && x + w <= size.width && y + h <= size.height && w > 0 && h > 0, `${p.id} ${item.kind}`).toBe(true);
      }
    }
    expect(present / named).toBeGreaterThanOrEqual(0.98); // these plans name kinds plausible in their place
  });

  it('chooses a place where the named kinds belong when the plan has none', () => {
    const layout = sceneFromPlan(plan({ cast: [{ id: 'c1', kind: 'giraffe', confidence: 1 }], objects: [{ kind: 'zebra', count: 2, confidence: 1 }] }),
      { looks: {}, style: 'ink', seed: 1, width: 800, height: 450 });
    expect(layout.scene.setting).toBe('zoo');
    expect(layout.scene.objects.find((o) => o.kind === 'zebra')?.count).toBe(2);
  });

  it('reports a kind the setting has no zone for instead of drawing it anywhere', () => {
    const layout = sceneFromPlan(plan({ setting: 'office', objects: [{ kind: 'dolphin', count: 1, confidence: 1 }] }),
      { looks: {}, style: 'ink', seed: 1, width: 800, height: 450 });
    expect(layout.dropped).toEqual(['dolphin']);
    expect(layout.scene.objects).toHaveLength(0);
  });

  it('is deterministic from the seed and varies with it', () => {
    const p = randomPlan(7);
    const a = sceneFromPlan(p, { looks: {}, style: 'ink', seed: 5, width: 800, height: 450 });
    const b = sceneFromPlan(p, { looks: {}, style: 'ink', seed: 5, width: 800, height: 450 });
    const c = sceneFromPlan(p, { looks: {}, style: 'ink', seed: 6, width: 800, height: 450 });
    expect(b).toEqual(a);
    expect(JSON.stringify(c.scene.objects)).not.toBe(JSON.stringify(a.scene.objects));
  });

  it('honours left_of and right_of', () => {
    for (let seed = 0; seed < 60; seed++) {
      const p = plan({ setting: 'park', cast: [{ id: 'c1', kind: 'woman', confidence: 1 }, { id: 'c2', kind: 'dog', confidence: 1 }],
        objects: [{ kind: 'tree', count: 1, confidence: 1 }],
        relations: [{ a: 'c1', rel: 'left_of', b: 'c2', confidence: 1 }, { a: 'tree', rel: 'right_of', b: 'c1', confidence: 1 }] });
      const objs = sceneFromPlan(p, { looks: {}, style: 'ink', seed, width: 800, height: 450 }).scene.objects;
      const x = (k: string) => objs.find((o) => o.kind === k)!.x;
      expect(x('woman'), `seed ${seed}`).toBeLessThan(x('dog'));
      expect(x('tree'), `seed ${seed}`).toBeGreaterThan(x('woman'));
    }
  });

  it('honours in_front_of by depth', () => {
    for (let seed = 0; seed < 40; seed++) {
      const p = plan({ setting: 'city_street', cast: [{ id: 'c1', kind: 'man', confidence: 1 }], objects: [{ kind: 'tree', count: 1, confidence: 1 }],
        relations: [{ a: 'tree', rel: 'in_front_of', b: 'c1', confidence: 1 }] });
      const objs = sceneFromPlan(p, { looks: {}, style: 'ink', seed, width: 800, height: 450 }).scene.objects;
      expect(objs.find((o) => o.kind === 'tree')!.depth, `seed ${seed}`).toBeGreaterThan(objs.find((o) => o.kind === 'man')!.depth);
    }
  });

  it('puts what is "on the sofa" on the couch the living room draws', () => {
    for (let seed = 0; seed < 20; seed++) {
      const p = plan({ setting: 'living_room', cast: [{ id: 'c1', kind: 'cat', count: 2, confidence: 1 }], objects: [{ kind: 'sofa', count: 1, confidence: 1 }],
        relations: [{ a: 'c1', rel: 'on', b: 'sofa', confidence: 1 }] });
      const cat = sceneFromPlan(p, { looks: {}, style: 'ink', seed, width: 800, height: 450 }).scene.objects.find((o) => o.kind === 'cat')!;
      expect(cat.on, `seed ${seed}`).toBe('couch');
    }
  });

  it('stages interactions: the rider on the motorcycle, the laptop on the desk in front of its user, the disc beside the players', () => {
    const cases = [
      { setting: 'countryside_road', kind: 'man', action: 'riding_motorcycle', prop: 'motorcycle', rel: 'rides' as const },
      { setting: 'office', kind: 'girl', action: 'using_computer', prop: 'laptop', rel: 'uses' as const },
      { setting: 'park', kind: 'boy', action: 'playing_frisbee', prop: 'frisbee', rel: 'plays_with' as const },
    ];
    for (const c of cases) {
      for (let seed = 0; seed < 20; seed++) {
        const p = plan({ setting: c.setting, cast: [{ id: 'c1', kind: c.kind, action: c.action, confidence: 1 }],
          objects: [{ kind: c.prop, count: 1, confidence: 1 }], relations: seed % 2 ? [{ a: 'c1', rel: c.rel, b: c.prop, confidence: 1 }] : [] });
        const scene = sceneFromPlan(p, { looks: {}, style: 'ink', seed, width: 800, height: 450 }).scene;
        const link = scene.relations.find((r) => isInteraction(r.rel));
        expect(link, `${c.rel} seed ${seed}`).toBeDefined();
        const actor = scene.objects[link!.a], prop = scene.objects[link!.b];
        expect([actor.kind, link!.rel, prop.kind]).toEqual([c.kind, c.rel, c.prop]);
        expect(Math.abs(actor.x - prop.x), `${c.rel} seed ${seed}`).toBeLessThan((actor.scale + prop.scale) * 450 / 800 + 0.05);
        if (c.rel === 'uses') expect(prop.on).toBe('desk');
        if (c.rel === 'rides') expect(actor.y).toBeLessThan(prop.y);
      }
    }
  });

  it('draws a cast member in its look: skin tone, accent, cast id, size', () => {
    const cast = [{ id: 'c1', name: 'Mina', kind: 'woman' }];
    const looks = looksForTreatment(cast, {});
    const look = { ...looks.c1, tone: 3 };
    const p = plan({ setting: 'park', cast: [{ id: 'c1', name: 'Mina', kind: 'woman', confidence: 1 }] });
    const o = sceneFromPlan(p, { looks: { c1: look }, style: 'ink', seed: 2, width: 800, height: 450 }).scene.objects[0];
    expect(o.castId).toBe('c1');
    expect(o.accent).toBe(look.accent);
    expect(o.tone).toBe(3);
    expect(o.hexcode).toContain('1F3FD'); // medium skin tone modifier
    const small = sceneFromPlan(p, { looks: { c1: { ...look, size: 0.9 } }, style: 'ink', seed: 2, width: 800, height: 450 }).scene.objects[0];
    const big = sceneFromPlan(p, { looks: { c1: { ...look, size: 1.1 } }, style: 'ink', seed: 2, width: 800, height: 450 }).scene.objects[0];
    expect(big.scale / big.y).toBeGreaterThan(small.scale / small.y * 0.9); // size scales the height at a given ground line
    expect(big.scale).not.toBe(small.scale);
  });

  it('gives a group (count > 1) the look too', () => {
    const p = plan({ setting: 'park', cast: [{ id: 'c1', kind: 'boy', count: 3, confidence: 1 }] });
    const o = sceneFromPlan(p, { looks: { c1: { variant: 0, tone: 2, accent: '#2f6fd6', size: 1 } }, style: 'ink', seed: 1, width: 800, height: 450 }).scene.objects[0];
    expect([o.count, o.accent, o.castId, o.tone]).toEqual([3, '#2f6fd6', 'c1', 2]);
  });

  it('never draws a head-only sprite standing on open ground', () => {
    for (const kind of OBJECTS.filter((k) => k.category === 'person' && k.bust && k.id !== 'baby')) {
      const p = plan({ setting: 'park', cast: [{ id: 'c1', kind: kind.id, confidence: 1 }] });
      const o = sceneFromPlan(p, { looks: {}, style: 'ink', seed: 1, width: 800, height: 450 }).scene.objects[0];
      expect(o.hexcode.startsWith('1F9CD'), `${kind.id}: ${o.hexcode}`).toBe(true); // a standing figure
    }
  });
});
