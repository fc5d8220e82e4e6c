// English lines: content (content.ts) + one of many sentence shapes (EN_SHAPES) → text with spans.
import type { Rng } from '../../../src/core/rng.js';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects.js';
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { EN_ACTIONS, EN_ACTIVITIES, EN_STATES } from './action-words.js';
import type { Actor, Group, LineContent } from './content.js';
import { inflect, verbForm, type EnForm } from './en-verb.js';
import { enActorNP, enThing, enUnknown } from './nouns.js';
import { PLACE_WORDS } from './places.js';
import { markup, span, type Frag, type Label } from './span-text.js';
import { parseTemplate, type Template } from './template.js';
import { CLOCK_RANGES, TIME_PHRASES } from './times.js';
import type { UnknownNoun } from './unknowns.js';

export type EnTense = 'pres' | 'prog' | 'past' | 'pastprog' | 'perfprog' | 'future';

export const EN_REL_WORDS: Record<string, string[]> = {
  next_to: ['next to', 'beside', 'by', 'close to', 'right next to', 'alongside'],
  left_of: ['to the left of', 'left of', 'on the left of'],
  right_of: ['to the right of', 'right of', 'on the right of'],
  in_front_of: ['in front of', 'just in front of'],
  behind: ['behind', 'in back of', 'just behind'],
  on: ['on', 'on top of'],
  pulls: ['pull', 'draw', 'haul'],
  uses: ['use', 'fiddle with', 'hold up'],
  plays_with: ['play with', 'toss around', 'play around with'],
  rides: ['ride', 'ride on', 'zip around on'],
  cuts: ['cut', 'slice', 'cut up'],
};
const UNKNOWN_OBJECT_VERBS = ['look at', 'point at', 'watch', 'take a picture of', 'stare at', 'wave at', 'draw'];

export function enTimePhrase(rng: Rng, time: TimeOfDay, noun = false): string {
  const p = TIME_PHRASES[time];
  if (noun) return rng.pick(p.enNouns);
  if (rng.chance(0.15)) {
    const pattern = rng.pick(p.enClock);
    return pattern.replace(/\{(\w+)\}/, (_, k: string) => String(rng.pick(CLOCK_RANGES[k])));
  }
  return rng.pick(p.en);
}

export function enPlacePhrase(rng: Rng, setting: string): string {
  const [prep, np] = rng.pick(PLACE_WORDS[setting].en).split('|');
  return np ? `${prep} ${np}` : prep;
}

export function enUnknownPlace(rng: Rng, u: UnknownNoun): Frag {
  const prep = rng.pick(['at', 'in', 'outside', 'inside', 'near', 'in front of', 'behind']);
  return [span(prep, { tag: 'place', setting: null }), ' ', span(`${rng.chance(0.75) ? 'the' : 'a'} ${u.en}`, { tag: 'unknown' })];
}

interface State { rng: Rng; c: LineContent; tense: EnTense; plural: Record<string, boolean>; verbPhrase: Map<Actor, string>; uPlural: boolean }

function finite(verb: string, plural: boolean, tense: EnTense): { aux: string; form: EnForm } {
  if (tense === 'pres') return { aux: '', form: plural ? 'base' : 's' };
  if (tense === 'past') return { aux: '', form: 'past' };
  if (tense === 'perfprog') return { aux: plural ? 'have been ' : 'has been ', form: 'ing' };
  if (tense === 'future') return { aux: 'will ', form: 'base' };
  const be = tense === 'prog' ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
  return { aux: `${be} `, form: 'ing' };
}

function be(plural: boolean, tense: EnTense): string {
  if (tense === 'future') return 'will be';
  if (tense === 'perfprog') return plural ? 'have been' : 'has been';
  return tense === 'past' || tense === 'pastprog' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
}

/** Animals and people can go along with someone ("with two dogs"); a tree cannot. */
export const isCompanion = (kind: string | undefined): boolean =>
  !!kind && ['animal', 'person'].includes(objectKind(kind).category);

/** Small things a person can hold or carry. */
export const isHoldable = (kind: string): boolean =>
  ['food', 'kitchen', 'electronics', 'sports', 'bathroom'].includes(objectKind(kind).category) && objectKind(kind).size < 1;

const poss = (a: Actor) => (a.count > 1 || a.names.length > 1 ? 'their' : a.gender === 'm' ? 'his' : a.gender === 'f' ? 'her' : 'the');

/** The actor's verb phrase with the action span (and a prop's thing span). */
function actorVerb(st: State, a: Actor, form: EnForm | 'finite', plural: boolean, adverb = ''): Frag {
  let phrase = st.verbPhrase.get(a);
  if (!phrase) {
    phrase = a.action ? st.rng.pick(EN_ACTIONS[a.action]) : st.rng.pick(EN_ACTIVITIES);
    st.verbPhrase.set(a, phrase);
  }
  const { aux: aux0, form: f } = form === 'finite' ? finite('', plural, st.tense) : { aux: '', form };
  const aux = adverb ? `${aux0}${adverb} ` : aux0; // "is suddenly standing", "suddenly stands"
  const [verbPart, prop] = phrase.split(' +');
  const words = inflect(verbPart.replace('{poss}', poss(a)), f);
  if (!a.action) return [aux + words];
  const out: Frag = [aux, span(words, { tag: 'action', action: a.action })];
  if (prop) out.push(' ', ...enThing(st.rng, { kind: prop, count: 1 }, { noNull: true }).frag);
  return out;
}

function impliedVerb(st: State, form: EnForm | 'finite', plural: boolean): Frag {
  const entry = st.c.implied!;
  const [action, text] = entry.includes('>') ? entry.split('>') : [null, entry];
  const { aux, form: f } = form === 'finite' ? finite('', plural, st.tense) : { aux: '', form };
  const labels: Record<string, Label | undefined> = { p: { tag: 'place', setting: st.c.scene } };
  if (action) labels.a = { tag: 'action', action };
  return [aux, ...markup(inflect(text, f), labels)];
}

function stateVerb(st: State, kindCategory: string, plural: boolean): string {
  const list = EN_STATES[['animal', 'vehicle', 'person'].includes(kindCategory) ? kindCategory : 'other'];
  const phrase = st.rng.pick(list);
  const { aux, form } = finite('', plural, st.tense);
  return aux + inflect(phrase, form);
}

function relWords(st: State, rel: string, plural: boolean, verb: boolean): Frag {
  const w = st.rng.pick(EN_REL_WORDS[rel]);
  if (!verb) return [span(w, { tag: 'relation', rel })];
  const { aux, form } = finite('', plural, st.tense);
  return [aux, span(inflect(w, form), { tag: 'relation', rel })];
}

function thing(st: State, g: Group | undefined, key: string): Frag | null {
  if (!g) return null;
  const t = enThing(st.rng, g);
  st.plural[key] = t.plural;
  return t.frag;
}

/** Fills one slot; null when the content has nothing for it. */
function fillEn(st: State, name: string, arg: string): Frag | null {
  const { c, rng } = st;
  const a = c.actor, a2 = c.actor2;
  const useV = a && !c.implied && !c.interaction;
  switch (name) {
    case 'Sn': case 'Ss': case 'S': {
      if (!a || (name === 'Sn' && a.pronoun) || (name === 'Ss' && st.plural.S)) return null;
      const np = enActorNP(rng, a);
      st.plural.S = np.plural;
      return np.frag;
    }
    case 'S2': {
      if (!a2) return null;
      const np = enActorNP(rng, a2);
      st.plural.S2 = np.plural;
      return np.frag;
    }
    case 'V': return useV ? actorVerb(st, a, 'finite', st.plural.S ?? a.count > 1, arg) : null;
    case 'Vp': return useV ? actorVerb(st, a, 'finite', true) : null; // after "S and S2"

    case 'Vg': return useV ? actorVerb(st, a, 'ing', false) : null;
    case 'Vb': return useV ? actorVerb(st, a, 'base', false) : null;
    case 'V2': return a2 && !c.interaction ? actorVerb(st, a2, 'finite', st.plural.S2 ?? a2.count > 1) : null;
    case 'I': return a && c.implied ? impliedVerb(st, 'finite', st.plural.S ?? a.count > 1) : null;
    case 'Ig': return a && c.implied ? impliedVerb(st, 'ing', false) : null;
    case 'Ib': return a && c.implied ? impliedVerb(st, 'base', false) : null;
    case 'P':
      if (c.placeMode === 'named') return [span(enPlacePhrase(rng, c.scene), { tag: 'place', setting: c.scene })];
      if (c.placeMode === 'unknown') return enUnknownPlace(rng, c.unknownPlace!);
      return null;
    case 'Pn': {
      if (c.placeMode !== 'named') return null;
      const nouns = PLACE_WORDS[c.scene].enNouns;
      if (!nouns.length) return null;
      const noun = rng.pick(nouns);
      st.plural.Pn = /[^s]s$/.test(noun);
      return [span(noun, { tag: 'place', setting: c.scene })];
    }
    case 'T': return c.time ? [span(enTimePhrase(rng, c.time), { tag: 'time', time: c.time })] : null;
    case 'Tn': return c.time ? [span(enTimePhrase(rng, c.time, true), { tag: 'time', time: c.time })] : null;
    case 'Ob': {
      // A possessed thing without its article: "Leo's dog", "her two dogs".
      const g = c.things[0];
      if (!g || c.interaction) return null;
      const t = enThing(rng, g, { noNull: true });
      const first = t.frag[0];
      if (typeof first === 'string') return null;
      return [{ ...first, text: first.text.replace(/^(a|an|the|one) /, '') }];
    }
    case 'Sp': {
      // Whose: a name's possessive (the name span stops before 's) or his/her/their.
      if (!a || a.names.length > 1) return null;
      if (a.names.length === 1) return [span(a.names[0].name, { tag: 'name', kind: 'person' }), "'s"];
      if (a.pronoun) {
        const g = st.plural.S ? 'pl' : a.gender === 'm' || a.gender === 'f' ? a.gender : 'pl';
        return [span(g === 'm' ? 'his' : g === 'f' ? 'her' : 'their', { tag: 'pronoun', gender: g })];
      }
      return null;
    }
    case 'POSS': {
      if (!a) return null;
      const g = st.plural.S ? 'pl' : a.gender === 'm' || a.gender === 'f' ? a.gender : 'pl';
      return [span(g === 'm' ? 'his' : g === 'f' ? 'her' : 'their', { tag: 'pronoun', gender: g })];
    }
    case 'PRO': {
      // An object pronoun for the person (him/her/them) in a line that does not name them.
      if (!a || c.spatial === 'on') return null;
      const g = st.plural.S ? 'pl' : a.gender === 'm' || a.gender === 'f' ? a.gender : 'pl';
      return [span(g === 'm' ? 'him' : g === 'f' ? 'her' : 'them', { tag: 'pronoun', gender: g })];
    }
    case 'Oa': return c.interaction || !c.things[0] || objectKind(c.things[0].kind).category !== 'animal' ? null : thing(st, c.things[0], 'O');
    case 'Oh': return c.interaction || !c.things[0] || !isHoldable(c.things[0].kind) ? null : thing(st, c.things[0], 'O');
    case 'O': return c.interaction?.agent === 'thing' ? null : thing(st, c.things[0], 'O');
    case 'Oc': return c.interaction || !isCompanion(c.things[0]?.kind) ? null : thing(st, c.things[0], 'O');
    case 'Oi': return c.interaction ? thing(st, c.things[c.interaction.agent === 'thing' ? 0 : 0], 'O') : null;
    case 'O2': return c.interaction ? (c.interaction.agent === 'thing' ? thing(st, c.things[1], 'O2') : null) : thing(st, c.things[1], 'O2');
    case 'OV': {
      const g = c.things[0];
      return g && !c.interaction ? [stateVerb(st, objectKind(g.kind).category, st.plural.O ?? g.count > 1)] : null;
    }
    case 'U': {
      if (!c.unknown) return null;
      return enUnknown(rng, c.unknown, st.uPlural);
    }
    case 'UV': return c.unknown ? [stateVerb(st, c.unknown.role === 'creature' ? 'animal' : 'other', st.uPlural)] : null;
    case 'R': return c.spatial ? relWords(st, c.spatial, false, false) : null;
    case 'Rv': return c.interaction?.agent === 'actor' && a ? relWords(st, c.interaction.rel, st.plural.S ?? false, true) : null;
    case 'Rt': return c.interaction?.agent === 'thing' ? relWords(st, c.interaction.rel, st.plural.O ?? false, true) : null;
    case 'SEE': {
      if (!a) return null;
      const { aux, form } = finite('', st.plural.S ?? a.count > 1, st.tense);
      return [aux + inflect(rng.pick(UNKNOWN_OBJECT_VERBS), form)];
    }
    case 'W': {
      // A plain verb agreeing with the subject named in the arg ("keep", "be@O", "start").
      const [verb, who = 'S'] = arg.split('@');
      const plural = who === 'U' ? st.uPlural : who === 'pl' ? true : who === 'sg' ? false : st.plural[who] ?? false;
      if (who === 'S' && !a) return null;
      if (verb === 'be') return [be(plural, st.tense)];
      const past = st.tense === 'past' || st.tense === 'pastprog';
      if (st.tense === 'future') return [`will ${verb}`];
      return [verbForm(verb, past ? 'past' : plural ? 'base' : 's')];
    }
    default: throw new Error(`unknown English slot {${name}}`);
  }
}

// One line per shape. Slots: S/S2 person, V finite verb, Vg -ing, Vb base, I/Ig/Ib implied-place activity,
// P place phrase, Pn place noun, T time phrase, Tn time noun, O/O2 things, OV what O does, U unknown noun,
// UV what U does, R spatial relation, Rv/Rt interaction verb (person/thing agent), SEE a look-at verb,
// W:verb@who a plain verb agreeing with who. [ … ] is optional.
export const EN_SHAPES_SRC = [
  '{S} {V}[ {P}][ {T}].',
  '[{T}, ]{S} {V}[ {P}].',
  '{P}, {S} {V}[ {T}].',
  '{P} {T}, {S} {V}.',
  '{S} {W:be} out {P}, {Vg}[ {T}].',
  '{S} {V}[ {P}] with {Oc}[ {T}].',
  '[{T}, ]{Ss} {V} alone[ {P}].',
  '{S} {V}[ {P}] while {S2} {V2}.',
  '[{T}, ]{S} {V}[ {P}], and {S2} {V2} nearby.',
  'While {S} {V}[ {P}], {O} {OV} nearby.',
  '{S} {V}[ {P}] as {O} {OV}[ {T}].',
  '{Tn} {P}. {S} {V}.',
  '{Tn}. {S} {V}[ {P}].',
  '{Pn}, {Tn}. {S} {V}.',
  '{S}, {Vg}[ {P}][ {T}].',
  'Here {W:be} {Sn}, {Vg}[ {P}][ {T}].',
  '[{T}, ]{S} {V}[ {P}] with {U}.',
  '{S} {V} {R} {O}[ {P}][ {T}].',
  '{S} {V} {R} {U}[ {P}].',
  '{S} {Rv} {Oi}[ {P}][ {T}].',
  '[{T}, ]{S} {Rv} {Oi}[ {P}].',
  '{P}, {S} {Rv} {Oi}[ {T}].',
  '{Oi} {Rt} {O2}[ {P}][ {T}].',
  '[{T}, ]{Oi} {Rt} {O2}[ {P}].',
  '{S} {I}[ {T}].',
  '[{T}, ]{S} {I}.',
  '{S} {I}, and {O} {OV} nearby.',
  '{S} {I} with {Oc}.',
  '{Tn}. {S} {I}.',
  '{S} {W:start} to {Ib}[ {T}].',
  'There {W:be@O} {O} {P}[ {T}].',
  '[{T}, ]there {W:be@O} {O} {P}.',
  '{P}, there {W:be@O} {O}[ and {O2}].',
  '{O} {W:be@O} {P}[ {T}].',
  '{O} {OV} {P}[ {T}].',
  '[{T}, ]{O} {OV}[ {P}].',
  '{O} and {O2} {W:be@pl} {P}[ {T}].',
  '{O} {W:be@O} {R} {O2}[ {P}][ {T}].',
  '{P}, {O} {OV} {R} {O2}.',
  '{O} {R} {O2}[ {P}].',
  '{Pn} {W:be@Pn} quiet[ {T}].',
  '{Pn} {W:be@Pn} crowded with {O}[ {T}].',
  '{Pn}[ {T}].',
  '{Pn}. {O}[ and {O2}].',
  '{Tn}[ {P}]. {O} {OV}.',
  '{O}[ {P}][ {T}].',
  '{U} {UV} {P}[ {T}].',
  'There {W:be@U} {U} {P}[ {T}].',
  '{S} {V}[ {P}], and {U} {UV} nearby.',
  '[{T}, ]{S} {SEE} {U}[ {P}].',
  '{S} {SEE} {O}[ {P}][ {T}].',
  '{S} {SEE} {O} and {U}.',
  '{S} {V:suddenly}[ {P}].',
  'Then {S} {V}[ {P}][ {T}].',
  'Without a word, {S} {V}[ {P}].',
  '{S} {W:keep} {Vg}[ {P}][ {T}].',
  '{S} {W:start} to {Vb}[ {P}][ {T}].',
  '{S} {W:decide} to {Vb}[ {P}].',
  '{S} {W:love} {Vg}[ {P}].',
  'Look — {S} {W:be} {Vg}[ {P}]!',
  'Is that {Sn} {Vg}[ {P}][ {T}]?',
  '{S} and {Oc} {W:be@pl} {P}[ {T}].',
  '{S} {V} {P} while {U} {UV}.',
  '{T} {P}: {S} {V}.',
  '{S} {W:be} {P}[ {T}].',
  '{S} {W:be} {P} with {O}.',
  '{S} {W:arrive} {P}[ {T}].',
  '{S} {V} for a while[ {P}].',
  '{S} {V} again[ {T}].',
  'Once more, {S} {V}[ {P}].',
  '{S} {V}[ {P}]; {O} {OV} {R} {U}.',
  'Meanwhile, {S} {V}[ {P}][ {T}].',
  '{S} {W:stop} to look at {U}[ {P}].',
  '{Tn} {P}.',
  '{Sp} {Ob} {OV}[ {P}][ {T}].',
  '{S} {V}[ {P}] with {POSS} {Ob}.',
  "It's {Tn} {P}, and {S} {V}.",
  'As {S} {V}[ {P}], {S2} {V2}.',
  '{S} {V}. {S2} {V2}[ {P}].',
  '{S} {V}[ {P}] until {Tn}.',
  '{O} {OV}[ {P}] while {S} {V}.',
  '{S} {V:happily}[ {P}][ {T}].',
  'Everyone watches {Sn} {Vb}[ {P}].',
  '{S} {W:try} to {Vb}[ {P}], but {W:give} up.',
  '{S} {W:want} to {Vb}[ {P}][ {T}].',
  '{S} {W:be} about to {Vb}[ {P}].',
  '{S} {W:have} fun {Vg}[ {P}][ {T}].',
  '{P}, {U} {UV}[ {T}].',
  '{Pn}[ {T}]: {O} and {U}.',
  '{S} {V}[ {P}], {T}.',
  '{P} {T}: {O}.',
  'Later, {S} {V}[ {P}].',
  '{Sp} {Ob} {W:be@O} {P}[ {T}].',
  '{U} {W:be@U} {R} {O}[ {P}].',
  '{S} {W:spot} {U} while {Vg}[ {P}].',
  '{O} {OV} {R} {PRO}[ {P}].',
  '[{T}, ]{O} {W:be@O} {R} {PRO}.',
  '{S} {V}[ {P}], holding {U}.',
  '{S} {V}[ {P}], carrying {Oh}.',
  'Holding {Oh}, {S} {V}[ {P}][ {T}].',
  'With {U} in hand, {S} {V}[ {P}].',
  'Close-up on {Sn}, {Vg}[ {P}].',
  'Wide shot: {Pn}[ {T}].',
  'Wide shot of {Pn}[ {T}], {O} in the foreground.',
  'Panel: {S} {V}[ {P}][ {T}].',
  'Cut to {Pn}[ {T}]. {S} {V}.',
  'Cut to {S} {Vg}[ {P}].',
  'Scene: {Pn}, {Tn}.',
  '{S} {V:quietly}[ {P}].',
  '{S} {V:still}[ {P}][ {T}].',
  '{Oa} {W:run@O} up to {Sn}[ {P}][ {T}].',
  '{S2} {W:wave@S2} to {Sn}[ {P}].',
  '{S2} {W:watch@S2} {Sn} {Vb}[ {P}][ {T}].',
  '[{T}, ]{Oa} {W:follow@O} {Sn}[ {P}].',
  '{Sn} {V}[ {P}], and {S2} {W:join@S2} in.',
  'Smiling, {S} {V}[ {P}][ {T}].',
  'Out of breath, {S} {V}[ {P}].',
  '{Sn} and {S2} {Vp} together[ {P}][ {T}].',
  '[{T}, ]{Sn} and {S2} {Vp}[ {P}].',
];

export const EN_SHAPES: Template[] = EN_SHAPES_SRC.map(parseTemplate);

export function enState(rng: Rng, c: LineContent): State {
  const tense = rng.weighted<EnTense>(['pres', 'prog', 'past', 'pastprog', 'perfprog', 'future'], [42, 24, 22, 5, 3, 4]);
  // Number agreement is known before the words are picked (a shape may put the verb first: "Here are …").
  const plural: Record<string, boolean> = {
    S: !!c.actor && (c.actor.count > 1 || c.actor.names.length > 1),
    S2: !!c.actor2 && (c.actor2.count > 1 || c.actor2.names.length > 1),
    O: (c.things[0]?.count ?? 1) > 1, O2: (c.things[1]?.count ?? 1) > 1,
  };
  return { rng, c, tense, plural, verbPhrase: new Map(), uPlural: rng.chance(0.2) };
}

export const fillEnSlot = fillEn;
