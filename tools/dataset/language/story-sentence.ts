// One sentence of a story, in English and Korean, for one scene of the cast.
import type { Rng } from '../../../src/core/rng.js';
import type { SceneGraph, TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { joinList } from './english.js';
import { nounCount, withParticle } from './korean.js';
import { settingWords } from './lexicon.js';
import { TIME_WORDS } from './nouns-settings.js';
import { enNoun, enVerb, enWhere, koVerb, koWhere, pick, possessive, verbChoice } from './phrases.js';
import type { Item } from './scene-items.js';
import { ANIMAL_VERBS, CONNECTIVES, FINAL_CONNECTIVES, IDLE_VERBS, laterReference } from './story-words.js';

export interface StoryState {
  introduced: boolean; lastTime: TimeOfDay | null; lastSetting: string | null; index: number;
  /** Openers and idle verbs already used, so "After that" or "rests" does not come twice. */
  usedOpeners: Set<unknown>;
}

/** Korean names that read warmer in a story about a pet. */
const STORY_KO: Record<string, string> = { dog: '강아지' };

const koName = (item: Item): string => STORY_KO[item.obj.kind] ?? item.noun.ko[0];
const enName = (item: Item): string => item.noun.en[0];
const isPerson = (item: Item): boolean => item.noun.category === 'person';

/** The lead's verb: its drawn action, or something idle people / animals do (not the same twice in a story). */
function storyVerb(rng: Rng, item: Item, used: Set<unknown>): Item {
  const fresh = (verbs: typeof IDLE_VERBS) => {
    const unused = verbs.filter((v) => !used.has(v));
    const verb = rng.pick(unused.length ? unused : verbs);
    used.add(verb);
    return verb;
  };
  if (!isPerson(item)) return { ...item, verb: fresh(ANIMAL_VERBS) };
  if (!item.obj.action || (item.obj.action === 'standing' && rng.chance(0.6))) return { ...item, verb: fresh(IDLE_VERBS) };
  return item;
}

/** The subject group as one plural item, so verbs agree and possessives read "their". */
function groupItem(items: Item[]): Item {
  const lead = items[0];
  return items.length === 1 ? lead : { ...lead, obj: { ...lead.obj, count: items.length }, gender: 'neutral' };
}

function subjectWords(rng: Rng, group: Item[], introduced: boolean, pronounSafe: boolean): { en: string; ko: string } {
  if (!introduced) {
    const en = joinList(group.map((it) => `${it === group[0] ? 'a' : 'a'} ${enName(it)}`).map((p) => p.replace(/^a ([aeiou])/, 'an $1')));
    const ko = group.length === 1
      ? withParticle(isPerson(group[0]) ? `한 ${koName(group[0])}` : `${koName(group[0])} 한 마리`, '가')
      : withParticle(group.map(koName).map((n, i, all) => (i < all.length - 1 ? withParticle(n, '와') : n)).join(' '), '가');
    return { en, ko };
  }
  if (group.length === 1) return laterReference(rng, group[0], enName(group[0]), koName(group[0]), pronounSafe);
  if (rng.chance(0.3)) return { en: 'they', ko: group.length === 2 ? '둘은' : '셋은' };
  return {
    en: joinList(group.map((it) => `the ${enName(it)}`)),
    ko: withParticle(group.map(koName).map((n, i, all) => (i < all.length - 1 ? withParticle(n, '와') : n)).join(' '), '는'),
  };
}

const definite = (place: string): string => place.replace(/\b(a|an) /, 'the ');

export function storySentence(rng: Rng, scene: SceneGraph, cast: Item[], props: Item[], state: StoryState): { en: string; ko: string } {
  const lead = storyVerb(rng, cast[0], state.usedOpeners);
  const sameAction = (it: Item) => isPerson(it) && it.obj.action === cast[0].obj.action && isPerson(cast[0]);
  const group = [cast[0], ...cast.slice(1).filter(sameAction)];
  const animals = cast.slice(1).filter((it) => !isPerson(it) && !(lead.verb?.implies ?? []).includes(it.obj.kind));
  const others = cast.slice(1).filter((it) => isPerson(it) && !sameAction(it));
  // A pronoun only when no other person of the cast could be meant.
  const people = cast.filter(isPerson);
  const pronounSafe = people.filter((p) => p.gender === cast[0].gender).length === 1;
  const subject = subjectWords(rng, group, state.introduced, pronounSafe);
  const actor = { ...groupItem(group.map((g, i) => (i === 0 ? lead : g))) };
  const k = verbChoice(rng, actor);
  const ev = enVerb(rng, actor, k)!;
  const kv = koVerb(rng, actor, k)!;

  // Where: a new place is named (definite after the first sentence); the same place is "there" or unsaid.
  const newPlace = scene.setting !== state.lastSetting;
  const grounded = props.filter((p) => p.obj.zone === 'ground' && !(lead.verb?.implies ?? []).includes(p.obj.kind)); // "near a kite" means nothing when the kite is in the sky
  const prop = grounded.length > 0 && lead.mode === 'ground' && rng.chance(0.5) ? rng.pick(grounded) : null;
  let enPlace = newPlace || rng.chance(0.3) ? enWhere(rng, scene, lead) : '';
  if (state.introduced && enPlace) enPlace = definite(enPlace);
  let koPlace = newPlace || enPlace ? koWhere(rng, scene, lead, kv.aspect) : '';
  if (prop) {
    const near = kv.aspect === 'progressive' ? '근처에서' : '근처에';
    enPlace = `near ${enNoun(rng, prop)}${enPlace ? ` ${enPlace}` : ''}`;
    const propKo = prop.obj.count > 1 ? nounCount(prop.noun.ko[0], prop.obj.count, prop.noun.counter) : prop.noun.ko[0];
    koPlace = `${newPlace ? `${pick(rng, settingWords(scene.setting).koPlaces)}의 ` : ''}${propKo} ${near}`;
  }

  // When: said on the first sentence and whenever it changes; otherwise a connective.
  const times = TIME_WORDS[scene.time];
  const tk = rng.int(times.enStory.length);
  const sayTime = scene.time !== state.lastTime && (state.introduced || rng.chance(0.7));
  const opener = sayTime ? [times.enStory[tk], times.koStory[tk]]
    : state.introduced ? rng.pick((state.index === 3 && rng.chance(0.5) ? FINAL_CONNECTIVES : CONNECTIVES)
      .filter(([e]) => !state.usedOpeners.has(e))) : null;
  if (opener) state.usedOpeners.add(opener[0]);

  const withEn = animals.length ? ` with ${joinList(animals.map((a) => `${possessive(actor)} ${enName(a)}`))}` : '';
  const withKo = animals.length ? `${animals.map(koName).map((n, i, all) => withParticle(n, '와')).join(' ')} 함께 ` : '';

  let en = `${subject.en} ${ev.present}${withEn}${enPlace ? ` ${enPlace}` : ''}`;
  let ko = `${subject.ko} ${withKo}${koPlace ? `${koPlace} ` : ''}`;
  if (others.length) {
    const other = storyVerb(rng, others[0], state.usedOpeners);
    const ok = verbChoice(rng, other);
    const oev = enVerb(rng, other, ok)!;
    const okv = koVerb(rng, other, ok)!;
    const oRef = state.introduced ? laterReference(rng, other, enName(other), koName(other), false)
      : { en: `a ${enName(other)}`.replace(/^a ([aeiou])/, 'an $1'), ko: withParticle(koName(other), '가') };
    en += `, while ${oRef.en} ${oev.present} nearby`;
    ko += `${kv.linked}, ${oRef.ko} ${okv.aspect === 'progressive' ? '근처에서' : '근처에'} ${okv.plain}`;
  } else {
    ko += kv.plain;
  }
  if (opener) {
    en = `${opener[0].replace(/,$/, '')}, ${en}`;
    ko = `${opener[1]} ${ko}`;
  }
  return { en, ko };
}
