// Phrase realisers shared by captions and stories: noun phrases with counts, verb phrases,
// locations and relations, each in English and Korean, with synonyms drawn from the rng.
import type { Rng } from '../../../src/core/rng.js';
import type { SceneGraph, SpatialRelationKind } from '../../../src/features/composer/shared/scene-graph.js';
import { countedNoun, ingForm, joinList, thirdPerson } from './english.js';
import { nativeNumeralAttributive, withParticle } from './korean.js';
import { connective as koConnective, plainPresent, stateFinal, stateModifier, type KoAspect } from './korean-verbs.js';
import { settingWords } from './lexicon.js';
import { surfaceWords, WATER_WORDS } from './nouns-settings.js';
import type { Item } from './scene-items.js';

/** Pick from a list, favouring the first (the most usual word). */
export function pick<T>(rng: Rng, items: readonly T[], firstBias = 0.45): T {
  if (items.length === 1 || rng.chance(firstBias)) return items[0];
  return rng.pick(items);
}

// ---------- English ----------

export function possessive(item: Item): string {
  if (item.obj.count > 1) return 'their';
  return item.gender === 'male' ? 'his' : item.gender === 'female' ? 'her' : 'their';
}

export function enNoun(rng: Rng, item: Item, definite = false): string {
  const k = rng.chance(0.55) ? 0 : rng.int(item.noun.en.length);
  const adj = item.noun.adj && rng.chance(0.3) ? `${item.noun.adj[0]} ` : '';
  const singular = adj + item.noun.en[k];
  const plural = adj + item.noun.enPlural[k];
  if (definite) return item.obj.count === 1 ? `the ${singular}` : `the ${countedNoun(item.obj.count, singular, plural)}`;
  return countedNoun(item.obj.count, singular, plural);
}

export interface EnVerbForms { participle: string; finite: string; present: string }

/** One verb index for a caption pair (en[k], ko[k % ko.length] mean the same). */
export function verbChoice(rng: Rng, item: Item): number {
  if (!item.verb) return 0;
  return rng.chance(0.45) ? 0 : rng.int(item.verb.en.length);
}

export function enVerb(rng: Rng, item: Item, k = verbChoice(rng, item)): EnVerbForms | null {
  if (!item.verb) return null;
  const v = item.verb.en[k % item.verb.en.length];
  const many = item.obj.count > 1;
  const rest = (many ? v.restPlural : v.rest).replace('{poss}', possessive(item));
  const tail = rest ? ` ${rest}` : '';
  const be = many ? 'are' : 'is';
  if (v.verb === 'be') return { participle: rest, finite: `${be} ${rest}`, present: `${be} ${rest}` };
  const participle = ingForm(v.verb) + tail;
  return { participle, finite: `${be} ${participle}`, present: (many ? v.verb : thirdPerson(v.verb)) + tail };
}

const EN_SURFACE_ARTICLE = ['the', 'a'];

/** Where the item is: "on a dirt road", "on the counter in a kitchen", "over a park". */
export function enWhere(rng: Rng, scene: SceneGraph, item: Item, withSetting = true): string {
  const words = settingWords(scene.setting);
  const place = pick(rng, words.enPlaces);
  const inSetting = withSetting ? ` ${place}` : '';
  switch (item.mode) {
    case 'surface':
    case 'at_surface': {
      const surface = pick(rng, surfaceWords(item.surface!, scene.setting).en);
      const prep = item.mode === 'surface' ? 'on' : item.surface === 'couch' || item.surface === 'bed' ? 'by' : 'at';
      return `${prep} ${rng.pick(EN_SURFACE_ARTICLE)} ${surface}${inSetting}`;
    }
    case 'wall': return withSetting ? `on the wall ${place}` : 'on the wall';
    case 'sky': return withSetting ? `${rng.chance(0.5) ? 'over' : 'in the sky above'} ${pick(rng, words.enScenes)}` : 'in the sky';
    case 'water': {
      const water = WATER_WORDS[scene.setting];
      if (!water) return 'in the water';
      return pick(rng, item.verb && /float|sail/.test(item.verb.en[0].verb) ? water.enOn : water.enIn);
    }
    default: return withSetting ? place : '';
  }
}

export const EN_RELATIONS: Record<SpatialRelationKind, string[]> = {
  next_to: ['next to', 'beside', 'near'],
  left_of: ['to the left of'],
  right_of: ['to the right of'],
  in_front_of: ['in front of'],
  behind: ['behind'],
  on: ['on', 'on top of'],
};

export function enList(rng: Rng, items: readonly Item[]): string {
  return joinList(items.map((item) => enNoun(rng, item)));
}

// ---------- Korean ----------

const DIRECT_PEOPLE = new Set(['person', 'man', 'woman', 'boy', 'girl']);

/** Korean noun phrase with its count: 개 두 마리, 두 마리의 개, 두 남자, 한 소녀, 고양이. */
export function koNoun(rng: Rng, item: Item, allowBare = true): string {
  const noun = (item.noun.adj && rng.chance(0.3) ? `${item.noun.adj[1]} ` : '') + pick(rng, item.noun.ko, 0.55);
  const n = item.obj.count;
  const counter = item.noun.counter;
  const direct = DIRECT_PEOPLE.has(item.obj.kind);
  const r = rng.next();
  if (n === 1) {
    if (allowBare && r < 0.5) return noun;
    if (allowBare && direct && r < 0.75) return `한 ${noun}`;
    return `${noun} 한 ${counter}`;
  }
  const numeral = nativeNumeralAttributive(n);
  if (direct && r < 0.4) return `${numeral} ${item.obj.kind === 'person' ? '사람' : noun}`;
  if (r < 0.8 || item.obj.kind === 'person') return `${noun} ${numeral} ${counter}`; // never 두 명의 사람
  return `${numeral} ${counter}의 ${noun}`;
}

export interface KoVerbForms { modifier: string; final: string; plain: string; linked: string; aspect: KoAspect }

export function koVerb(rng: Rng, item: Item, k = verbChoice(rng, item)): KoVerbForms | null {
  if (!item.verb) return null;
  const v = item.verb.ko[k % item.verb.ko.length];
  const final = stateFinal(v.phrase, v.aspect);
  return {
    modifier: stateModifier(v.phrase, v.aspect, rng.chance(0.3)),
    final,
    plain: v.aspect === 'progressive' ? plainPresent(v.phrase) : final,
    linked: v.aspect === 'progressive' ? koConnective(v.phrase) : `${final.slice(0, -1)}고`,
    aspect: v.aspect,
  };
}

/** Korean location with its particle: 시골길에서 (actions), 부엌 조리대 위에 (states), 공원 위를 (flying). */
export function koWhere(rng: Rng, scene: SceneGraph, item: Item, aspect: KoAspect | null, withSetting = true): string {
  const words = settingWords(scene.setting);
  const place = pick(rng, words.koPlaces);
  const acting = aspect === 'progressive';
  const prefix = withSetting ? `${place} ` : '';
  switch (item.mode) {
    case 'surface': return `${prefix}${pick(rng, surfaceWords(item.surface!, scene.setting).ko)} 위에`;
    case 'at_surface': return `${prefix}${pick(rng, surfaceWords(item.surface!, scene.setting).ko)} 앞에${acting ? '서' : ''}`;
    case 'wall': return `${prefix}벽에`;
    case 'sky': return acting ? `${withSetting ? place : '하늘'} 위를` : `${prefix}하늘에`;
    case 'water': {
      const water = WATER_WORDS[scene.setting] ? pick(rng, WATER_WORDS[scene.setting].ko) : '물';
      return acting ? `${water}에서` : `${water} 위에`;
    }
    default: return withSetting ? `${place}${acting ? '에서' : '에'}` : '';
  }
}

export const KO_RELATIONS: Record<SpatialRelationKind, string> = {
  next_to: '옆', left_of: '왼쪽', right_of: '오른쪽', in_front_of: '앞', behind: '뒤', on: '위',
};

/** "개 두 마리와 고양이 한 마리"; three or more: "남자 한 명, 농구공 한 개와 나무 세 그루". */
export function koList(rng: Rng, items: readonly Item[]): string {
  const nps = items.map((item) => koNoun(rng, item, false));
  if (nps.length === 1) return nps[0];
  const last = nps.length - 1;
  return `${nps.slice(0, last - 1).map((np) => `${np}, `).join('')}${withParticle(nps[last - 1], '와')} ${nps[last]}`;
}
