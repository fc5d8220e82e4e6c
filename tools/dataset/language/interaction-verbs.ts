// Verbs of interactions (scene relations uses / plays_with / rides / cuts / pulls), said with the prop's
// own noun so a caption names what the person acts on: "cutting a large cake" / "큰 케이크를 자르고 있다".
// en[i] and ko[i] mean the same (a caption pair picks one index for both languages).
import type { Rng } from '../../../src/core/rng.js';
import type { InteractionKind, SceneObject } from '../../../src/features/composer/shared/scene-graph.js';
import { countedNoun } from './english.js';
import { withParticle } from './korean.js';
import type { NounEntry } from './lexicon.js';
import type { EnVerb, KoVerb, VerbWords } from './verbs.js';

/** "{P}" is the prop's noun phrase; "{P:를}" its Korean noun with that particle; "~" a resultative state. */
const SPECS: Record<InteractionKind, { en: string[]; ko: string[] }> = {
  cuts: { en: ['cut|{P}', 'slice|{P}'], ko: ['{P:를} 자르다', '{P:를} 썰다'] },
  // Only frisbees are played with so far, hence the sport's name in the first pair.
  plays_with: { en: ['play|frisbee', 'throw|{P}', 'play|with {P}'], ko: ['원반던지기를 하다', '{P:를} 던지다', '{P:를} 가지고 놀다'] },
  uses: { en: ['use|{P}', 'work|on {P}', 'type|on {P}'], ko: ['{P:를} 사용하다', '{P:로} 일하다', '{P:를} 하다'] },
  rides: { en: ['ride|{P}', 'be|on {P}'], ko: ['{P:를} 타다', '~{P:에} 올라타다'] },
  pulls: { en: ['pull|{P}', 'be|hitched to {P}'], ko: ['{P:를} 끌다', '~{P:에} 매이다'] },
};

/** English prop phrase: "a large cake" for one, bare plural "computers" for several (no count to disagree on). */
function enProp(rng: Rng, prop: SceneObject, noun: NounEntry, withAdj: boolean): string {
  const k = rng.chance(0.55) ? 0 : rng.int(noun.en.length);
  const adj = noun.adj && withAdj ? `${noun.adj[0]} ` : '';
  return prop.count === 1 ? countedNoun(1, adj + noun.en[k]) : adj + noun.enPlural[k];
}

function koProp(rng: Rng, noun: NounEntry, withAdj: boolean): string {
  const adj = noun.adj && withAdj ? `${noun.adj[1]} ` : '';
  return adj + (rng.chance(0.55) ? noun.ko[0] : rng.pick(noun.ko));
}

/** Verb words for an actor doing `rel` to `prop` (nouns drawn once, so all five captions agree). */
export function interactionVerb(rng: Rng, rel: InteractionKind, prop: SceneObject, noun: NounEntry): VerbWords {
  const withAdj = rng.chance(0.4); // "a large cake" and "큰 케이크" together or not at all
  const en = enProp(rng, prop, noun, withAdj);
  const ko = koProp(rng, noun, withAdj);
  const spec = SPECS[rel];
  return {
    en: spec.en.map((s): EnVerb => {
      const [verb, rest = ''] = s.replace('{P}', en).split('|');
      return { verb, rest, restPlural: rest };
    }),
    ko: spec.ko.map((s): KoVerb => {
      const phrase = s.replace(/\{P:(.)\}/, (_, p: string) => (p === '에' ? `${ko}에` : withParticle(ko, p as '를' | '로')));
      return phrase.startsWith('~') ? { phrase: phrase.slice(1), aspect: 'resultative' } : { phrase, aspect: 'progressive' };
    }),
    implies: [],
  };
}
