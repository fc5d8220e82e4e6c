import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../../src/core/rng.js';
import { sampleScene } from '../../../src/features/composer/shared/scene/sampler.js';
import type { SceneGraph } from '../../../src/features/composer/shared/scene-graph.js';
import { readCaption } from './caption-check.js';
import { captionScene } from './captions.js';

function scenes(count: number, seed: number): SceneGraph[] {
  return Array.from({ length: count }, (_, i) => sampleScene(createRng(deriveSeed(seed, i)), `s${String(i).padStart(7, '0')}`));
}
const captioned = scenes(300, 11).map((scene, i) => ({ scene, captions: captionScene(scene, createRng(deriveSeed(99, i))) }));

describe('captionScene', () => {
  it('writes five English and five Korean captions, all different', () => {
    for (const { captions } of captioned) {
      expect(captions.en).toHaveLength(5);
      expect(captions.ko).toHaveLength(5);
      expect(new Set(captions.en).size).toBe(5);
    }
  });

  it('is deterministic given the rng', () => {
    const [scene] = scenes(1, 5);
    expect(captionScene(scene, createRng(42))).toEqual(captionScene(scene, createRng(42)));
    expect(captionScene(scene, createRng(42))).not.toEqual(captionScene(scene, createRng(43)));
  });

  it('leaves no placeholders, double spaces, stray spaces or missing punctuation', () => {
    for (const { captions } of captioned) {
      for (const text of [...captions.en, ...captions.ko]) {
        expect(text).not.toMatch(/[{}~|]|undefined|null|NaN/);
        expect(text).not.toMatch(/\s{2,}|^\s|\s$|\s[.,]|,,|\.\./);
        expect(text).toMatch(/[.]$/);
      }
      for (const en of captions.en) expect(en).toMatch(/^[A-Z]/);
      for (const ko of captions.ko) expect(ko).toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('names only objects, the setting and surfaces of its own scene', () => {
    for (const { scene, captions } of captioned) {
      for (const lang of ['en', 'ko'] as const) {
        for (const text of captions[lang]) {
          const strays = readCaption(text, lang, scene).strays.map((m) => m.phrase);
          expect(strays, `${scene.setting}: ${text}`).toEqual([]);
        }
      }
    }
  });

  it('names every object in at least one caption per language, with its count', () => {
    for (const { scene, captions } of captioned) {
      for (const lang of ['en', 'ko'] as const) {
        const named = new Set(captions[lang].flatMap((t) => [...readCaption(t, lang, scene).named.keys()]));
        for (const o of scene.objects) expect(named.has(o.kind), `${o.kind} in ${captions[lang].join(' / ')}`).toBe(true);
      }
    }
  });

  it('pairs en[i] and ko[i] on the same objects and counts, and counts are the scene\'s', () => {
    for (const { scene, captions } of captioned) {
      for (let i = 0; i < 5; i++) {
        const enReading = readCaption(captions.en[i], 'en', scene);
        const skip = enReading.implied;
        const en = [...enReading.named].filter(([k]) => !skip.has(k));
        const ko = [...readCaption(captions.ko[i], 'ko', scene).named].filter(([k]) => !skip.has(k));
        expect(ko.map(([k]) => k).sort(), `${captions.en[i]} | ${captions.ko[i]}`).toEqual(en.map(([k]) => k).sort());
        for (const [kind, counts] of [...en, ...ko]) {
          const truth = scene.objects.find((o) => o.kind === kind)!.count;
          for (const c of counts) expect(c, `${kind} in ${captions.en[i]} | ${captions.ko[i]}`).toBe(truth);
        }
      }
    }
  });

  it('captions 1,000 random scenes without an exception', () => {
    for (const [i, scene] of scenes(1000, 77).entries()) {
      const c = captionScene(scene, createRng(i));
      expect(c.en.length + c.ko.length).toBe(10);
    }
  });

  it('refuses an empty scene with a clear message', () => {
    const [scene] = scenes(1, 3);
    expect(() => captionScene({ ...scene, objects: [], relations: [] }, createRng(1))).toThrow(/no objects/);
  });
});
