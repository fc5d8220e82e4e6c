// Words only stories need: connectives between sentences, what idle characters and animals do,
// and referring expressions that keep a cast continuous (a boy → the boy → he; 한 소년이 → 소년은 → 그는).
import type { Rng } from '../../../src/core/rng.js';
import type { Item } from './scene-items.js';
import { withParticle } from './korean.js';
import type { VerbWords } from './verbs.js';

const v = (en: string[], ko: string[]): VerbWords => ({
  en: en.map((s) => { const [verb, rest = '', restPlural] = s.split('|'); return { verb, rest, restPlural: restPlural ?? rest }; }),
  ko: ko.map((s) => (s.startsWith('~') ? { phrase: s.slice(1), aspect: 'resultative' as const } : { phrase: s, aspect: 'progressive' as const })),
  implies: [],
});

/** What a character without a drawn action does in a story. */
export const IDLE_VERBS: VerbWords[] = [
  v(['look|around|around'], ['주위를 둘러보다']),
  v(['wait'], ['기다리다']),
  v(['rest'], ['쉬다']),
];

/** What animals do in a story. */
export const ANIMAL_VERBS: VerbWords[] = [
  v(['wander|around|around'], ['돌아다니다']),
  v(['play'], ['놀다']),
  v(['rest'], ['쉬다']),
  v(['explore'], ['구경하다']),
];

/** Sentence openers when time and place stay put: [en, ko]. */
export const CONNECTIVES: [string, string][] = [
  ['Later,', '잠시 후'], ['After that,', '그 후'], ['Then', '그다음'], ['Soon', '곧'],
];
export const FINAL_CONNECTIVES: [string, string][] = [['Finally,', '마지막으로'], ['In the end,', '결국']];

const PRONOUN: Record<Item['gender'], [string, string] | null> = {
  male: ['he', '그는'], female: ['she', '그녀는'], neutral: null,
};

/** Later mention of a single character: "the boy" / "he"; Korean topic form: "소년은" / "그 소년은" / "그는". */
export function laterReference(rng: Rng, item: Item, enNoun: string, koNoun: string, allowPronoun = true)
  : { en: string; ko: string } {
  const pronoun = allowPronoun ? PRONOUN[item.gender] : null;
  const r = rng.next();
  if (pronoun && r < 0.3) return { en: pronoun[0], ko: pronoun[1] };
  return { en: `the ${enNoun}`, ko: withParticle(r < 0.65 ? koNoun : `그 ${koNoun}`, '는') };
}
