import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { sampleScene } from '../../../src/features/composer/shared/scene/sampler.js';
import { TIMES } from '../../../src/features/composer/shared/scene-graph.js';
import { readCaption } from './caption-check.js';
import { makeStories } from './stories.js';

const stories = makeStories(120, 2024, sampleScene);

describe('makeStories', () => {
  it('writes four EN and four KO sentences over four scenes, ids t00000…', () => {
    expect(stories[0].id).toBe('t00000');
    expect(stories[119].id).toBe('t00119');
    for (const s of stories) {
      expect(s.scenes).toHaveLength(4);
      expect(s.en).toHaveLength(4);
      expect(s.ko).toHaveLength(4);
      s.scenes.forEach((scene, i) => expect(scene.id).toBe(`${s.id}-${i}`));
      for (const text of [...s.en, ...s.ko]) {
        expect(text).not.toMatch(/[{}~|]|undefined|null|\s{2,}|\s[.,]/);
        expect(text).toMatch(/\.$/);
      }
    }
  });

  it('keeps a cast of 1–3 in every scene, once each, while place and time move on', () => {
    const settingIds = new Set(SETTINGS.map((s) => s.id));
    for (const s of stories) {
      expect(s.cast.length).toBeGreaterThanOrEqual(1);
      expect(s.cast.length).toBeLessThanOrEqual(3);
      for (const scene of s.scenes) {
        expect(settingIds.has(scene.setting)).toBe(true);
        expect(scene.style).toBe(s.style);
        for (const kind of s.cast) expect(scene.objects.filter((o) => o.kind === kind && o.count === 1)).toHaveLength(1);
      }
      for (let i = 1; i < 4; i++) {
        expect(s.scenes[i].setting).not.toBe(s.scenes[i - 1].setting);
        expect(TIMES.indexOf(s.scenes[i].time)).toBeGreaterThanOrEqual(TIMES.indexOf(s.scenes[i - 1].time));
      }
    }
  });

  it('names the cast in every sentence and nothing that is not in the scene', () => {
    for (const s of stories) {
      s.scenes.forEach((scene, i) => {
        for (const lang of ['en', 'ko'] as const) {
          const reading = readCaption(s[lang][i], lang, scene);
          expect(reading.strays.map((m) => m.phrase), s[lang][i]).toEqual([]);
        }
      });
      // The first sentence introduces everyone (later ones may use pronouns).
      for (const lang of ['en', 'ko'] as const) {
        const named = readCaption(s[lang][0], lang, s.scenes[0]).named;
        const implied = readCaption(s[lang][0], lang, s.scenes[0]).implied;
        for (const kind of s.cast) expect(named.has(kind) || implied.has(kind), `${kind}: ${s[lang][0]}`).toBe(true);
      }
    }
  });

  it('continues with definite references, pronouns or topic particles', () => {
    const later = stories.flatMap((s) => s.en.slice(1));
    const continuing = later.filter((t) => /\b(the|he|she|they|his|her|their)\b/i.test(t));
    expect(continuing.length / later.length).toBeGreaterThan(0.95);
    const laterKo = stories.flatMap((s) => s.ko.slice(1));
    expect(laterKo.filter((t) => /(은|는) /.test(t)).length / laterKo.length).toBeGreaterThan(0.95);
  });

  it('is deterministic from the seed', () => {
    expect(makeStories(3, 9, sampleScene)).toEqual(makeStories(3, 9, sampleScene));
    expect(makeStories(2, 9, sampleScene, 1)[0]).toEqual(makeStories(3, 9, sampleScene)[1]);
  });
});
