import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TreatmentPlan } from '../../../src/features/plans/shared/plan-contract';
import { ACCENTS, lookFor, lookHexcodes, looksForTreatment } from '../../../src/features/composer/shared/cast-looks';
import { layoutItems } from '../../../src/features/composer/shared/layout-items';
import { treatmentLayouts } from '../../../src/features/composer/shared/treatment-layouts';
import { usedHexcodes } from '../../../tools/dataset/pack';

const cast = [{ id: 'c1', name: 'Mina', kind: 'woman' }, { id: 'c2', kind: 'man' }, { id: 'c3', kind: 'dog' }];

function line(id: string, setting: string, members: string[]): TreatmentPlan['plans'][number] {
  return {
    id, text: `line ${id}`, setting, time: null, objects: [], relations: [], unknown: [],
    cast: members.map((m) => ({ id: m, kind: cast.find((c) => c.id === m)!.kind, confidence: 1 })),
    confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
  };
}

describe('cast looks', () => {
  it('a named character looks the same in every treatment; an unnamed one follows its id and the salt', () => {
    expect(lookFor(cast[0], 1)).toEqual(lookFor({ id: 'c9', name: ' mina ', kind: 'woman' }, 2));
    expect(lookFor(cast[1], 1)).toEqual(lookFor(cast[1], 1));
    const salts = new Set(Array.from({ length: 12 }, (_, s) => JSON.stringify(lookFor(cast[1], s))));
    expect(salts.size).toBeGreaterThan(6);
    for (let s = 0; s < 50; s++) {
      const look = lookFor({ id: `c${s}`, kind: 'girl' }, s);
      expect(look.size).toBeGreaterThanOrEqual(0.9);
      expect(look.size).toBeLessThanOrEqual(1.1);
      expect(ACCENTS).toContain(look.accent);
      expect(look.tone).toBeGreaterThanOrEqual(0);
      expect(look.tone).toBeLessThanOrEqual(5);
    }
    expect(lookFor({ id: 'c1', kind: 'dog' }, 0).tone).toBe(0); // no skin tones on a dog
  });

  it('keeps stored looks, takes the library for named characters, and gives two of a kind different accents', () => {
    const stored = { c2: { variant: 1, tone: 4, accent: '#123456', size: 1 } };
    const library = (e: { name?: string }) => (e.name === 'Mina' ? { variant: 2, tone: 1, accent: '#abcdef', size: 0.95 } : undefined);
    const looks = looksForTreatment(cast, stored, library);
    expect(looks.c2).toEqual(stored.c2);
    expect(looks.c1).toEqual({ variant: 2, tone: 1, accent: '#abcdef', size: 0.95 });
    const many = Array.from({ length: 6 }, (_, i) => ({ id: `w${i}`, kind: 'woman' }));
    const accents = Object.values(looksForTreatment(many, {}, undefined, 3)).map((l) => l.accent);
    expect(new Set(accents).size).toBe(6);
  });

  it('a cast member has one look across the panels of a strip and after a reload', () => {
    const tp: TreatmentPlan = { cast, plans: [line('1', 'park', ['c1', 'c3']), line('2', 'restaurant', ['c1', 'c2']), line('3', 'living_room', ['c1', 'c2', 'c3'])] };
    const first = treatmentLayouts(tp, { style: 'ink', seed: 4, width: 800, height: 450 });
    const reload = treatmentLayouts(tp, { style: 'ink', seed: 4, width: 800, height: 450, stored: JSON.parse(JSON.stringify(first.looks)) });
    expect(reload).toEqual(first);
    const seen = new Map<string, string>();
    for (const layout of first.layouts) {
      for (const item of layoutItems(layout)) {
        if (!item.castId) continue;
        const look = JSON.stringify(item.look);
        expect(seen.get(item.castId) ?? look, item.castId).toBe(look);
        seen.set(item.castId, look);
      }
      for (const o of layout.scene.objects) if (o.castId) expect(o.accent).toBe(first.looks[o.castId].accent);
    }
    expect([...seen.keys()].sort()).toEqual(['c1', 'c2', 'c3']);
  });

  it('every sprite a look can draw exists in OpenMoji and is in the shipped sprite pack', () => {
    const packed = new Set(usedHexcodes());
    for (const hex of lookHexcodes()) {
      expect(existsSync(`node_modules/openmoji/color/svg/${hex}.svg`), hex).toBe(true);
      expect(packed.has(hex), hex).toBe(true);
    }
  });
});
