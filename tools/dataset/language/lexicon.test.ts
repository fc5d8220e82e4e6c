import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/features/composer/shared/catalog/actions.js';
import { OBJECTS } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { koreanEmojiLabel } from './emojibase-ko.js';
import { objectNames, objectNoun, settingNames, settingWords } from './lexicon.js';
import { ACTION_VERBS } from './verbs.js';

const HANGUL = /^[\uac00-\ud7a3A-Z ]+$/;

describe('lexicon covers the catalog', () => {
  it.each(OBJECTS.map((o) => [o.id]))('%s has English and Korean nouns and a counter', (id) => {
    const e = objectNoun(id);
    expect(e.en.length).toBeGreaterThan(0);
    expect(e.ko.length).toBeGreaterThan(0);
    expect(e.enPlural).toHaveLength(e.en.length);
    e.ko.forEach((w) => expect(w).toMatch(HANGUL));
    e.en.forEach((w) => expect(w).toMatch(/^[A-Za-z ]+$/));
    expect(e.counter).toMatch(/^[\uac00-\ud7a3]+$/);
  });
  it.each(SETTINGS.map((s) => [s.id]))('setting %s has words in both languages', (id) => {
    const w = settingWords(id);
    for (const list of [w.en, w.ko, w.enPlaces, w.koPlaces, w.enScenes, w.koScenes]) expect(list.length).toBeGreaterThan(0);
  });
  it('has verbs for every person action', () => {
    for (const a of ACTIONS) {
      expect(ACTION_VERBS[a.id], a.id).toBeDefined();
      expect(ACTION_VERBS[a.id].en.length).toBeGreaterThan(0);
      expect(ACTION_VERBS[a.id].ko.length).toBeGreaterThan(0);
    }
  });
});

describe('Korean names joined from emojibase-data', () => {
  it('joins by hexcode without FE0F', () => {
    expect(koreanEmojiLabel('1F415')).toBe('개');
    expect(koreanEmojiLabel('1F9D1-200D-2695-FE0F')).toBe(koreanEmojiLabel('1F9D1-200D-2695'));
    expect(koreanEmojiLabel('E184')).toBeNull(); // OpenMoji-only extra
  });
  it('uses the emoji label where it is a good noun and the override where it is not', () => {
    expect(objectNoun('dog').ko).toEqual(['개', '강아지']);
    expect(objectNoun('basketball').ko[0]).toBe('농구공'); // label 농구 is the sport
    expect(objectNoun('cow').ko[0]).toBe('소'); // label 젖소
    expect(objectNoun('man').ko[0]).toBe('남자'); // label 서 있는 남자
    expect(objectNoun('bear').ko[0]).toBe('곰'); // label 곰 얼굴
    expect(objectNoun('giraffe').ko[0]).toBe('기린'); // straight from the label
  });
  it('exports names for dataset.json', () => {
    expect(objectNames()).toHaveLength(OBJECTS.length);
    expect(settingNames().find((s) => s.id === 'kitchen')).toEqual({ id: 'kitchen', en: 'kitchen', ko: '부엌' });
  });
});
