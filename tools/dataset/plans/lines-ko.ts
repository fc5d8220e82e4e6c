// Korean lines: content (content.ts) + one of many sentence shapes (KO_SHAPES) → text with spans.
// The line keeps one sentence ending (-다, -았다, -고 있다, -는 중이다, -아요, -네, -지 …) for all its verbs.
import type { Rng } from '../../../src/core/rng.js';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects.js';
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { KO_ACTIONS, KO_ACTIVITIES, KO_STATES } from './action-words.js';
import type { Actor, LineContent } from './content.js';
import { conjugate, connect, issda, KO_ENDING_WEIGHTS, KO_ENDINGS, onFinalVerb, type KoEnding } from './ko-verb.js';
import { koActorNP, koParticle, koThing, koUnknown } from './nouns.js';
import { PLACE_WORDS } from './places.js';
import { markup, span, type Frag, type Label } from './span-text.js';
import { parseTemplate, type Template } from './template.js';
import { CLOCK_RANGES, TIME_PHRASES } from './times.js';
import type { UnknownNoun } from './unknowns.js';
import { nativeNumeralAttributive } from '../language/korean.js';
import { isCompanion, isHoldable } from './lines-en.js';

export const KO_REL_WORDS: Record<string, string[]> = {
  next_to: ['옆에', '곁에', '바로 옆에'],
  left_of: ['왼쪽에', '왼편에'],
  right_of: ['오른쪽에', '오른편에'],
  in_front_of: ['앞에', '바로 앞에'],
  behind: ['뒤에', '뒤편에'],
  on: ['위에'],
  pulls: ['끌다', '끌고 가다'],
  uses: ['사용하다', '쓰다', '만지작거리다'],
  plays_with: ['가지고 놀다', '갖고 놀다'],
  rides: ['타다', '타고 놀다'],
  cuts: ['자르다/잘라', '썰다'],
};
const SEE_VERBS = ['바라보다', '쳐다보다', '가리키다', '구경하다', '사진에 담다', '그리다'];

export type VerbForm = 'fin' | 'go' | 'daga' | 'neun' | 'seo' | 'ja';

export function koTimePhrase(rng: Rng, time: TimeOfDay, noun = false): string {
  const p = TIME_PHRASES[time];
  if (noun) return rng.pick(p.koNouns);
  if (rng.chance(0.15)) {
    const pattern = rng.pick(p.koClock);
    return pattern.replace(/\{(\w+)\}/, (_, k: string) => {
      const n = rng.pick(CLOCK_RANGES[k]);
      return rng.chance(0.5) || n > 4 ? String(n) : `${nativeNumeralAttributive(n)} `;
    }).replace(/ 시/, ' 시');
  }
  return rng.pick(p.ko);
}

/** Place noun + particle as one span; an unknown place splits into the noun (unknown) and the particle (place). */
export function koPlace(rng: Rng, c: { placeMode: string; scene: string; unknownPlace: UnknownNoun | null }, particle: string, nounOnly = false): Frag | null {
  if (c.placeMode === 'named') {
    const list = nounOnly ? PLACE_WORDS[c.scene].koNouns : PLACE_WORDS[c.scene].ko;
    const noun = rng.pick(list);
    // A locative (해변에서) is one place span; a bare place noun keeps its particle outside (해변은, 해변이다).
    if (nounOnly) return [span(noun, { tag: 'place', setting: c.scene }), particle ? koParticle(noun, particle) : ''];
    return [span(noun + koParticle(noun, particle), { tag: 'place', setting: c.scene })];
  }
  if (c.placeMode === 'unknown' && !nounOnly && particle) {
    const noun = c.unknownPlace!.ko;
    return [span(noun, { tag: 'unknown' }), span(koParticle(noun, particle), { tag: 'place', setting: null })];
  }
  return null;
}

interface State { rng: Rng; c: LineContent; ending: KoEnding; phrase: Map<Actor, string>; states: Map<string, string> }

function verbText(spec: string, form: VerbForm, ending: KoEnding): string {
  return form === 'fin' ? conjugate(spec, ending) : connect(spec, form);
}

function actorVerb(st: State, a: Actor, form: VerbForm): Frag {
  let phrase = st.phrase.get(a);
  if (!phrase) {
    phrase = a.action ? st.rng.pick(KO_ACTIONS[a.action]) : st.rng.pick(KO_ACTIVITIES);
    st.phrase.set(a, phrase);
  }
  if (!a.action) return [verbText(phrase, form, st.ending)];
  if (phrase.startsWith('+')) {
    const [, particle, verb] = /^\+(\S+) (.*)$/.exec(phrase)!;
    const prop = a.action === 'playing_frisbee' ? 'frisbee' : a.action === 'cutting_cake' ? 'cake' : 'motorcycle';
    return [...koThing(st.rng, { kind: prop, count: 1 }, particle, { noNull: true }), ' ',
      span(verbText(verb, form, st.ending), { tag: 'action', action: a.action })];
  }
  return [span(verbText(phrase, form, st.ending), { tag: 'action', action: a.action })];
}

function impliedVerb(st: State, form: VerbForm): Frag {
  const entry = st.c.implied!;
  const [action, text] = entry.includes('>') ? entry.split('>') : [null, entry];
  const labels: Record<string, Label | undefined> = { p: { tag: 'place', setting: st.c.scene } };
  if (action) labels.a = { tag: 'action', action };
  return markup(onFinalVerb(text, (spec) => verbText(spec, form, st.ending)), labels);
}

/** What a thing (O) or unknown (U) is doing, picked once per line so its place particle can agree. */
function statePhrase(st: State, who: 'O' | 'U'): string | null {
  let phrase = st.states.get(who);
  if (phrase) return phrase;
  const c = st.c;
  const category = who === 'O' ? (c.things[0] ? objectKind(c.things[0].kind).category : null)
    : c.unknown ? (c.unknown.role === 'creature' ? 'animal' : 'other') : null;
  if (!category) return null;
  phrase = st.rng.pick(KO_STATES[['animal', 'vehicle', 'person'].includes(category) ? category : 'other']);
  st.states.set(who, phrase);
  return phrase;
}

function fillKo(st: State, name: string, arg: string): Frag | null {
  const { c, rng } = st;
  const a = c.actor, a2 = c.actor2;
  const useV = a && !c.implied && !c.interaction;
  const form = (arg || 'fin') as VerbForm;
  switch (name) {
    case 'S': return a ? koActorNP(rng, a, arg) : null;
    case 'Sn': return a && !a.pronoun ? koActorNP(rng, a, arg) : null;
    case 'Ss': return a && a.count === 1 && a.names.length <= 1 ? koActorNP(rng, a, arg) : null;
    case 'S2': return a2 ? koActorNP(rng, a2, arg) : null;
    case 'V': return useV ? actorVerb(st, a, form) : null;
    case 'V2': return a2 && !c.interaction ? actorVerb(st, a2, form) : null;
    case 'I': return a && c.implied ? impliedVerb(st, form) : null;
    case 'P': return koPlace(rng, c, arg || '에서');
    case 'Pn': return koPlace(rng, c, arg, true);
    case 'T': return c.time ? [span(koTimePhrase(rng, c.time), { tag: 'time', time: c.time })] : null;
    case 'Tn': {
      if (!c.time) return null;
      const noun = koTimePhrase(rng, c.time, true);
      return [span(noun, { tag: 'time', time: c.time }), arg ? koParticle(noun, arg) : ''];
    }
    case 'O': return c.things[0] && c.interaction?.agent !== 'thing' ? koThing(rng, c.things[0], arg) : null;
    case 'PRO': {
      if (!a || c.spatial === 'on') return null;
      const g = a.count > 1 || a.names.length > 1 ? 'pl' : a.gender === 'm' || a.gender === 'f' ? a.gender : 'pl';
      const word = g === 'm' ? '그' : g === 'f' ? '그녀' : '그들';
      return [span(word, { tag: 'pronoun', gender: g }), arg ? koParticle(word, arg) : ''];
    }
    case 'Oh': return c.things[0] && !c.interaction && isHoldable(c.things[0].kind) ? koThing(rng, c.things[0], arg) : null;
    case 'Ob': return c.things[0] && !c.interaction ? koThing(rng, c.things[0], arg, { noOf: true }) : null;
    case 'Oc': return c.things[0] && !c.interaction && isCompanion(c.things[0].kind) ? koThing(rng, c.things[0], arg) : null;
    case 'Oa': return c.things[0] && !c.interaction && objectKind(c.things[0].kind).category === 'animal' ? koThing(rng, c.things[0], arg) : null;
    case 'Oi': return c.interaction && c.things[0] ? koThing(rng, c.things[0], arg, { noNull: true }) : null;
    case 'O2': {
      const g = c.things[1];
      if (!g || (c.interaction && c.interaction.agent !== 'thing')) return null;
      return koThing(rng, g, arg);
    }
    case 'OV': {
      const phrase = c.interaction ? null : statePhrase(st, 'O');
      return phrase ? [verbText(phrase, form, st.ending)] : null;
    }
    case 'Po': case 'Pu': {
      // A state (놓여 있다) takes 에, an activity (자다) 에서.
      const phrase = statePhrase(st, name === 'Po' ? 'O' : 'U');
      return phrase ? koPlace(rng, c, phrase.startsWith('~') ? '에' : '에서') : null;
    }
    case 'U': return c.unknown ? koUnknown(rng, c.unknown, arg) : null;
    case 'UV': {
      const phrase = statePhrase(st, 'U');
      return phrase ? [verbText(phrase, form, st.ending)] : null;
    }
    case 'R': return c.spatial ? [span(rng.pick(KO_REL_WORDS[c.spatial]), { tag: 'relation', rel: c.spatial })] : null;
    case 'Rv': return c.interaction?.agent === 'actor' && a
      ? [span(verbText(rng.pick(KO_REL_WORDS[c.interaction.rel]), form, st.ending), { tag: 'relation', rel: c.interaction.rel })] : null;
    case 'Rt': return c.interaction?.agent === 'thing'
      ? [span(verbText(rng.pick(KO_REL_WORDS[c.interaction.rel]), form, st.ending), { tag: 'relation', rel: c.interaction.rel })] : null;
    case 'SEE': return a ? [verbText(rng.pick(SEE_VERBS), 'fin', st.ending)] : null;
    case 'IS': return [issda(st.ending)];
    case 'W': {
      const [verb, f = 'fin'] = arg.split('@');
      return [verbText(verb, f as VerbForm, st.ending)];
    }
    case 'ACT': return [verbText(rng.pick(KO_ACTIVITIES), form, st.ending)];
    default: throw new Error(`unknown Korean slot {${name}}`);
  }
}

// Slots as in lines-en.ts; {X:particle} attaches a particle (이/가 and 은/는 … chosen by the noun),
// {V:go|daga|neun|seo|ja} a non-final verb form, {IS} 있다 in the line's ending, {W:verb@form} a plain verb,
// {ACT} an everyday activity (no catalogue action).
export const KO_SHAPES_SRC = [
  '{S:가} [{P:에서} ][{T} ]{V}.',
  '[{T} ]{S:는} [{P:에서} ]{V}.',
  '[{P:에서} ]{S:가} [{T} ]{V}.',
  '{T} {P:에서} {S:가} {V}.',
  '{P:에서} {V}.',
  '[{T} ]{V}.',
  '{T} {P:에서} {V}.',
  '{S:는} [{P:에서} ]{V:go} {S2:는} {V2}.',
  '{S:가} [{P:에서} ]{V:daga} {ACT}.',
  '{S:가} [{P:에서} ]{V:go} {O:는} {OV}.',
  '{P:에는} {O:가} [{T} ]{IS}.',
  '[{T} ]{P:에} {O:가} {IS}.',
  '[{T} ]{P:에} {O:와} {O2:가} {IS}.',
  '{O:가} {P:에} {IS}.',
  '{O:가} [{Po} ][{T} ]{OV}.',
  '{O:가} {O2} {R} {IS}.',
  '[{T} ]{O:가} {O2} {R} {OV}.',
  '{O2} {R} {O:가} {IS}.',
  '{S:가} {O} {R} {V}.',
  '[{T} ]{S:가} {U} {R} {V}.',
  '{S:가} [{P:에서} ]{Oi:를} {Rv}.',
  '[{T} ]{S:는} {Oi:를} {Rv}.',
  '{P:에서} {S:가} [{T} ]{Oi:를} {Rv}.',
  '{Oi:가} {O2:를} [{P:에서} ]{Rt}.',
  '[{T} ]{P:에서} {Oi:가} {O2:를} {Rt}.',
  '{Pn:은} [{T} ]{W:북적이다}.',
  '{Pn:은} {O:로} {W:붐비다}.',
  '{Tn}, {Pn}.',
  '{Tn}의 {Pn}.',
  '{Pn:의} {Tn}.',
  '{P:에서} {V:neun} {Sn}.',
  '[{T} ]{V:neun} {Sn}.',
  '{Tn}. {S:가} [{P:에서} ]{V}.',
  '{Pn}. {O:가} {OV}.',
  '{S:는} {P:에} {IS}.',
  '{S:는} {Oc:와} 함께 [{P:에서} ]{V}.',
  '{S:가} {U:와} 함께 [{P:에서} ]{V}.',
  '[{T} ]{P:에} {U:가} {IS}.',
  '{U:가} [{Pu} ]{UV}.',
  '[{T} ]{S:가} {U:를} {SEE}.',
  '{S:가} [{P:에서} ]{O:를} {SEE}.',
  '{S:가} {O:와} {U:를} {SEE}.',
  '{S:가} {I}.',
  '[{T} ]{S:는} {I}.',
  '{I}.',
  '{T} {I}.',
  '{S:가} {I:go} {O:는} {OV}.',
  '{Tn}. {S:는} {I}.',
  '{S:가} [{P:에서} ]{V:ja} {Oa:가} {OV}.',
  '{S:는} {S2:와} 함께 [{P:에서} ]{V}.',
  '[{T} ]{P:에서} {S:가} {Oc:와} {V}.',
  '{S:가} {P:로} {W:가다}.',
  '[{T} ]{S:는} {P:로} {W:향하다}.',
  '{S:가} [{T} ]{P:에} {W:도착하다}.',
  '{S:는} 지금 [{P:에서} ]{V}.',
  '{Ss:가} 혼자 [{P:에서} ]{V}.',
  '{S:는} 오늘도 [{P:에서} ]{V}.',
  '[{T} ]{S:가} 다시 {V}.',
  '{S:가} 열심히 [{P:에서} ]{V}.',
  '{S:는} {V:daga} {P:로} {W:가다}.',
  '{O:도} {P:에} {IS}.',
  '{P:에서는} {S:가} [{T} ]{V}.',
  '{T} {S:가} {V:seo} {W:웃다}.',
  '[{P:에서} ]{V:neun} {Sn:를} {Oa:가} {W:바라보다}.',
  '갑자기 {S:가} [{P:에서} ]{V}.',
  '그때 [{T} ]{S:가} {V}.',
  '[{T} ]{S:는} 말없이 {V}.',
  '{S:는} [{P:에서} ]{V:go} {U:는} {UV}.',
  '{P:에서} {S:가} {V}. {O:도} {IS}.',
  '어느새 {Tn}. {S:는} [{P:에서} ]{V}.',
  '{S:가} {P:에서} {Oc:와} 함께 {V}.',
  '{S:는} {P:에서} 한참 동안 {V}.',
  '{Tn:이다}. {S:가} [{P:에서} ]{V}.',
  '{Tn:이다}. {P:에는} {O:가} {IS}.',
  '{S:의} {Ob:가} [{Po} ][{T} ]{OV}.',
  '{S:가} [{P:에서} ]{V:daga} {U:를} {SEE}.',
  '{S:는} [{P:에서} ]{V:go} {W:싶어 하다}.',
  '{S:는} [{P:에서} ]{V:neun} 것을 {W:좋아하다}.',
  '{S:가} [{P:에서} ]{V:go} 나서 {W:쉬다}.',
  '{P:에서} {S:가} {V:neun} 동안 {O:는} {OV}.',
  '{T} {S:는} [{P:에서} ]{V:go} {S2:는} {V2}.',
  '{S:가} {V}. {O:도} {OV}.',
  '{Ss:와} {Oc:가} {P:에} {IS}.',
  '{T}, {S:가} [{P:에서} ]{V}.',
  '{S:가} {V:neun} 곳은 {Pn:이다}.',
  '{S:는} 아직 {P:에} {IS}.',
  '{S:가} {P:에서} {V:go} {W:돌아오다}.',
  '{S:는} {P:로} 가서 {V}.',
  '{S:가} {P:에} 와서 [{T} ]{V}.',
  '오늘은 {S:가} [{P:에서} ]{V}.',
  '{O:가} {O2:와} 함께 {P:에} {IS}.',
  '{U:와} {O:가} [{T} ]{P:에} {IS}.',
  '{Sn}, {P:에서} {V:neun} 중.',
  '{P:에서} {Tn:까지} {V}.',
  '{S:는} {Tn:까지} [{P:에서} ]{V}.',
  '[{T} ]{Pn:은} {O:와} {U:로} {W:북적이다}.',
  '{O:가} {PRO} {R} {IS}.',
  '[{T} ]{PRO} {R} {O:가} {OV}.',
  '{S:가} {U:를} 들고 [{P:에서} ]{V}.',
  '{S:는} {Oh:를} 들고 [{P:에서} ]{V}.',
  '{Oh:를} 손에 든 {Sn:가} [{P:에서} ]{V}.',
  '{U:를} 안고 {S:가} [{T} ]{V}.',
  '클로즈업: {P:에서} {V:neun} {Sn}.',
  '장면: {Tn:의} {Pn}.',
  '{Pn} 전경[, {Tn}].',
  '컷: {S:가} [{P:에서} ]{V}.',
  '화면 전환. {P:에서} {S:가} [{T} ]{V}.',
  '{Pn} 풍경. {O:가} {OV}.',
  '{S:는} 여전히 [{P:에서} ]{V}.',
  '{S:가} 조용히 [{P:에서} ]{V}.',
  '[{P:에서} ]{Oa:가} {Sn:에게} {W:다가가다}.',
  '{S2:가} [{P:에서} ]{Sn:에게} {W:손을 흔들다}.',
  '{S2:는} [{T} ]{V:neun} {Sn:를} {W:바라보다}.',
  '{Oa:가} [{P:에서} ]{Sn:를} {W:따라가다}.',
  '{Sn:가} [{P:에서} ]{V:go} {S2:도} {W:함께하다}.',
  '{Sn:와} {S2:는} 함께 [{P:에서} ]{V}.',
  '[{T} ]{Sn:와} {S2:가} [{P:에서} ]{V}.',
  '웃으며 {S:가} [{P:에서} ]{V}.',
  '숨을 헐떡이며 {S:가} [{T} ]{V}.',
];

export const KO_SHAPES: Template[] = KO_SHAPES_SRC.map(parseTemplate);

export function koState(rng: Rng, c: LineContent): State {
  return { rng, c, ending: rng.weighted(KO_ENDINGS, KO_ENDING_WEIGHTS), phrase: new Map(), states: new Map() };
}

export const fillKoSlot = fillKo;
