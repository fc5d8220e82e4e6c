// Caption templates. Each realises one meaning in English and Korean from the same items, so
// en[i] and ko[i] of a scene name the same objects with the same counts.
import type { Rng } from '../../../src/core/rng.js';
import { isInteraction, type SceneGraph, type SpatialRelationKind } from '../../../src/features/composer/shared/scene-graph.js';
import { withParticle } from './korean.js';
import { pastModifier } from './korean-verbs.js';
import { setting as settingById } from '../../../src/features/composer/shared/catalog/settings.js';
import { settingWords } from './lexicon.js';
import { surfaceWords, TIME_WORDS } from './nouns-settings.js';
import {
  verbChoice, EN_RELATIONS, enList, enNoun, enVerb, enWhere, KO_RELATIONS, koList, koNoun, koVerb, koWhere, pick,
} from './phrases.js';
import type { Item } from './scene-items.js';

export interface Draft { en: string; ko: string; mentions: number[] }
export interface TemplateInput { rng: Rng; scene: SceneGraph; items: Item[]; time: { en: string; ko: string } | null }
export type Template = (input: TemplateInput) => Draft | null;

const join = (...parts: (string | null | undefined | false)[]): string => parts.filter(Boolean).join(' ');

/** "A man riding a bike on a dirt road at sunset." / "해 질 녘에 시골길에서 자전거를 타는 남자." */
export const subjectPhrase: Template = ({ rng, scene, items, time }) => {
  const main = items[0];
  const k = verbChoice(rng, main);
  const ev = enVerb(rng, main, k);
  const kv = koVerb(rng, main, k);
  return {
    en: join(enNoun(rng, main), ev?.participle, enWhere(rng, scene, main), time?.en),
    ko: join(time?.ko, koWhere(rng, scene, main, kv?.aspect ?? null), kv?.modifier ?? '있는', koNoun(rng, main)),
    mentions: [main.index, ...main.props],
  };
};

/** "A man is riding a bike on a dirt road." / "남자가 시골길에서 자전거를 타고 있다." */
export const subjectSentence: Template = ({ rng, scene, items, time }) => {
  const main = items[0];
  const k = verbChoice(rng, main);
  const ev = enVerb(rng, main, k);
  const kv = koVerb(rng, main, k);
  const np = enNoun(rng, main);
  const where = enWhere(rng, scene, main);
  const timeFirst = time && rng.chance(0.4);
  const core = ev ? join(np, ev.finite, where) : join('there', main.obj.count > 1 ? 'are' : 'is', np, where);
  const en = timeFirst ? `${time!.en}, ${core}` : join(core, time?.en);
  const subject = withParticle(koNoun(rng, main), '가');
  const koWhereText = koWhere(rng, scene, main, kv?.aspect ?? null);
  const ending = kv ? (rng.chance(0.3) ? kv.plain : kv.final) : '있다';
  const ko = rng.chance(0.5)
    ? join(time?.ko, subject, koWhereText, ending)
    : join(time?.ko, koWhereText, subject, ending);
  return { en, ko, mentions: [main.index, ...main.props] };
};

const INVERSE: Record<SpatialRelationKind, SpatialRelationKind> = {
  next_to: 'next_to', left_of: 'right_of', right_of: 'left_of', in_front_of: 'behind', behind: 'in_front_of', on: 'on',
};

/** "A cup of coffee next to a laptop on a desk." / "책상 위 노트북 옆에 놓여 있는 커피 한 잔." */
export const relationPhrase: Template = ({ rng, scene, items }) => {
  const main = items[0];
  // A spatial relation to something main does not act on ("a woman cutting a cake next to a cake" says nothing).
  const found = scene.relations.find((r) => (r.a === main.index || r.b === main.index) && !isInteraction(r.rel)
    && !main.partners.includes(r.a === main.index ? r.b : r.a));
  if (!found || isInteraction(found.rel)) return null;
  const rel = found.a === main.index ? found.rel : INVERSE[found.rel];
  const other = items.find((it) => it.index === (found.a === main.index ? found.b : found.a))!;
  const k = verbChoice(rng, main);
  const ev = enVerb(rng, main, k);
  const kv = koVerb(rng, main, k);
  const onSurface = main.mode === 'surface' && other.mode === 'surface';
  const sentence = rng.chance(0.4);
  const enRel = `${pick(rng, EN_RELATIONS[rel])} ${enNoun(rng, other)}`;
  const enSurface = onSurface ? enWhere(rng, scene, main, false) : '';
  const en = sentence
    ? (ev ? join(enNoun(rng, main), ev.finite, enRel, enSurface)
      : join('there', main.obj.count > 1 ? 'are' : 'is', enNoun(rng, main), enRel, enSurface))
    : join(enNoun(rng, main), ev?.participle, enRel, enSurface);
  const acting = kv?.aspect === 'progressive';
  const koSurface = onSurface ? `${pick(rng, surfaceWords(main.surface!, scene.setting).ko)} 위` : '';
  const koRel = `${koNoun(rng, other)} ${KO_RELATIONS[rel]}${acting ? '에서' : '에'}`;
  const ko = sentence
    ? join(withParticle(koNoun(rng, main), '가'), koSurface, koRel, kv?.final ?? '있다')
    : join(koSurface, koRel, kv?.modifier ?? '있는', koNoun(rng, main));
  return { en, ko, mentions: [main.index, ...main.props, other.index] };
};

/** "Two dogs and a cat on a beach at sunset." / "해 질 녘 해변에 있는 개 두 마리와 고양이 한 마리." */
export const listPhrase: Template = ({ rng, scene, items, time }) => {
  const shuffled = rng.chance(0.3) ? rng.shuffle(items) : items;
  const words = settingWords(scene.setting);
  return {
    en: join(enList(rng, shuffled), pick(rng, words.enPlaces), time?.en),
    ko: join(time?.ko, `${pick(rng, words.koPlaces)}에 있는`, koList(rng, shuffled)),
    mentions: items.map((it) => it.index),
  };
};

/** "There are two dogs and a cat on a beach." / "해변에 개 두 마리와 고양이 한 마리가 있다." */
export const thereAre: Template = ({ rng, scene, items, time }) => {
  const shuffled = rng.chance(0.3) ? rng.shuffle(items) : items;
  const words = settingWords(scene.setting);
  const list = enList(rng, shuffled);
  const be = shuffled[0].obj.count > 1 ? 'are' : 'is';
  return {
    en: join('there', be, list, pick(rng, words.enPlaces), time?.en),
    ko: join(time?.ko, `${pick(rng, words.koPlaces)}에`, withParticle(koList(rng, shuffled), '가'), '있다'),
    mentions: items.map((it) => it.index),
  };
};

/** "A city street with a bus and two cars at night." / "밤에 버스 한 대와 자동차 두 대가 있는 도시 거리."
 *  Everything on one surface: "A coffee maker and a pot on a counter in a kitchen." / "부엌 조리대 위에 놓인 …". */
export const sceneWith: Template = ({ rng, scene, items, time }) => {
  const words = settingWords(scene.setting);
  const surface = items[0].surface;
  const allOnSurface = items.every((it) => it.mode === 'surface' && it.surface === surface);
  if (allOnSurface && surface) {
    const sw = surfaceWords(surface, scene.setting);
    const enPlace = pick(rng, words.enPlaces);
    return {
      en: join(enList(rng, items), items.length >= 3 && rng.chance(0.4) ? rng.pick(['crowded', 'crammed']) : null, 'on a',
        pick(rng, sw.en), enPlace, time?.en),
      ko: join(time?.ko, pick(rng, words.koPlaces), pick(rng, sw.ko), '위에', pastModifier('놓이다'), koList(rng, items)),
      mentions: items.map((it) => it.index),
    };
  }
  const k = rng.int(words.enScenes.length); // same place in both languages
  return {
    en: join(words.enScenes[k], 'with', enList(rng, items), time?.en),
    ko: join(time?.ko, withParticle(koList(rng, items), '가'), '있는', words.koScenes[k % words.koScenes.length]),
    mentions: items.map((it) => it.index),
  };
};

/** "A man is riding a bike and a dog is standing nearby." / "남자가 자전거를 타고 있고, 개 한 마리가 근처에 서 있다." */
export const twoClauses: Template = ({ rng, scene, items, time }) => {
  const first = items.find((it) => it.verb);
  // Not the thing first acts on: "a man rides a motorbike and a motorbike …" says it twice.
  const second = first && items.find((it) => it.verb && it !== first && !first.partners.includes(it.index));
  if (!first || !second || first.verb === second.verb) return null; // "X swim and Y swim" reads as a stutter
  const k1 = verbChoice(rng, first);
  const k2 = verbChoice(rng, second);
  const ev1 = enVerb(rng, first, k1)!;
  const ev2 = enVerb(rng, second, k2)!;
  const kv1 = koVerb(rng, first, k1)!;
  const kv2 = koVerb(rng, second, k2)!;
  const near2 = second.mode === 'ground';
  const en2 = near2 ? 'nearby' : enWhere(rng, scene, second, false);
  const ko2 = near2 ? (kv2.aspect === 'progressive' ? '근처에서' : '근처에') : koWhere(rng, scene, second, kv2.aspect, false);
  const en = join(enNoun(rng, first), ev1.finite, enWhere(rng, scene, first), time?.en, 'and', enNoun(rng, second), ev2.finite, en2);
  const ko = join(time?.ko, koWhere(rng, scene, first, kv1.aspect), withParticle(koNoun(rng, first), '가'),
    `${kv1.linked},`, withParticle(koNoun(rng, second), '가'), ko2, kv2.final);
  return { en, ko, mentions: [first.index, ...first.props, second.index, ...second.props] };
};

export const TEMPLATES: Record<string, Template> = {
  subjectPhrase, subjectSentence, relationPhrase, listPhrase, thereAre, sceneWith, twoClauses,
};
/** Templates that name every object of the scene. */
export const COVERING = ['listPhrase', 'thereAre', 'sceneWith'];

export function timeWords(rng: Rng, scene: SceneGraph, force = false): TemplateInput['time'] {
  const words = TIME_WORDS[scene.time];
  if (!force && !rng.chance(words.mention)) return null;
  // "On a sunny day" (index 2 of daytime) only outdoors.
  const usable = scene.time === 'day' && settingById(scene.setting).indoor ? 2 : words.en.length;
  const k = rng.int(usable);
  return { en: words.en[k], ko: words.ko[k] };
}
