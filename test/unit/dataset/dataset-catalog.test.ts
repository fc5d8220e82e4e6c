import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, actionHexcode } from '../../../src/features/composer/shared/catalog/actions';
import { OBJECTS, OBJECT_BY_ID } from '../../../src/features/composer/shared/catalog/objects';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings';
import { isLocalArt } from '../../../tools/dataset/render/art';
import { placeableKinds } from '../../../src/features/composer/shared/scene/sampler';
import { withSkinTone } from '../../../src/features/composer/shared/scene/tones';

const svgDir = join(dirname(createRequire(import.meta.url).resolve('openmoji/package.json')), 'color', 'svg');
// Local art (render/art.ts) stands in where OpenMoji has no sprite (a carriage).
const hasSvg = (hex: string) => existsSync(join(svgDir, `${hex}.svg`)) || isLocalArt(hex);

describe('ToonScenes catalog', () => {
  it('has at least 80 kinds with unique ids and real OpenMoji sprites', () => {
    expect(OBJECTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(OBJECTS.map((o) => o.id)).size).toBe(OBJECTS.length);
    for (const o of OBJECTS) expect(hasSvg(o.hexcode), `${o.id} ${o.hexcode}`).toBe(true);
  });

  it('has a sprite for every action and gender, and skin tones that exist', () => {
    for (const a of ACTIONS) {
      for (const g of ['neutral', 'male', 'female'] as const) {
        const hex = actionHexcode(a, g);
        expect(hasSvg(hex), `${a.id}/${g}`).toBe(true);
        for (let tone = 1; tone <= 5; tone++) expect(hasSvg(withSkinTone(hex, tone))).toBe(true);
      }
    }
    expect(withSkinTone('1F3C3', 1)).toBe('1F3C3-1F3FB');
    expect(withSkinTone('1F9D1-200D-1F4BB', 5)).toBe('1F9D1-1F3FF-200D-1F4BB');
  });

  it('covers the thesis settings, each with placeable kinds and valid actions', () => {
    const ids = SETTINGS.map((s) => s.id);
    for (const id of ['bathroom', 'bedroom', 'office', 'kitchen', 'living_room', 'beach', 'mountain', 'stadium',
      'restaurant', 'forest', 'city_street', 'skatepark', 'swimming_pool', 'train_station', 'park',
      'countryside_road', 'ski_slope']) expect(ids).toContain(id);
    for (const s of SETTINGS) {
      for (const k of s.kinds) expect(OBJECT_BY_ID.has(k), `${s.id}: ${k}`).toBe(true);
      expect(placeableKinds(s).length, s.id).toBeGreaterThan(5);
      for (const a of s.actions) {
        const action = ACTIONS.find((x) => x.id === a);
        expect(action, `${s.id}: ${a}`).toBeDefined();
        if (action!.zone === 'water') expect(s.water, `${s.id}: ${a} needs water`).toBeDefined();
      }
      for (const f of s.surfaces) expect(f.top).toBeLessThan(f.bottom);
    }
  });
});

describe('catalog coverage', () => {
  it('uses every kind and action in at least one setting, and busts only where a fixture hides the body', () => {
    const used = new Set(SETTINGS.flatMap((s) => s.kinds));
    for (const o of OBJECTS) expect(used.has(o.id), `${o.id} is in no setting`).toBe(true);
    const actions = new Set(SETTINGS.flatMap((s) => s.actions));
    for (const a of ACTIONS) expect(actions.has(a.id), `${a.id} is in no setting`).toBe(true);
    for (const s of SETTINGS) {
      expect(new Set(s.kinds).size, `${s.id} lists a kind twice`).toBe(s.kinds.length);
      if (s.surfaces.length > 0) continue;
      for (const k of s.kinds) {
        const kind = OBJECT_BY_ID.get(k)!;
        if (kind.bust) expect(kind.actor, `${s.id}: bust ${k} outdoors`).toBe(true);
      }
    }
  });
});
