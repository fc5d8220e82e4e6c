// Noun phrases with their counts said many ways: "two dogs", "2 dogs", "a flock of pigeons",
// "개 두 마리", "강아지 2마리", "두 마리의 개", "비둘기 떼"; and names, pronouns and unknown nouns.
import type { Rng } from '../../../src/core/rng.js';
import { withIndefinite, numberWord, pluralize } from '../language/english.js';
import { nativeNumeralAttributive, nativeNumeral, withParticle, hasFinalConsonant } from '../language/korean.js';
import { objectNoun } from '../language/lexicon.js';
import type { Actor, Group } from './content.js';
import { span, type Frag, type Label } from './span-text.js';
import { EXTRA_KIND_WORDS, PEOPLE_WORDS } from './synonyms.js';
import type { UnknownNoun } from './unknowns.js';

const FLOCK: Record<string, [string, string]> = {
  pigeon: ['a flock of', '떼'], bird: ['a flock of', '떼'], sheep: ['a flock of', '떼'], duck: ['a flock of', '떼'],
  cow: ['a herd of', '떼'], goat: ['a herd of', '떼'], deer: ['a herd of', '떼'], zebra: ['a herd of', '떼'],
  horse: ['a herd of', '떼'], elephant: ['a herd of', '떼'], fish: ['a school of', '떼'], penguin: ['a group of', '무리'],
  chicken: ['a flock of', '떼'], butterfly: ['a swarm of', '떼'], crab: ['a bunch of', '떼'],
};

interface EnNoun { sg: string; pl: string; bare: boolean }

function enNouns(kind: string): EnNoun[] {
  const people = PEOPLE_WORDS[kind];
  if (people) return people.en.map((w) => ({ sg: w.en, pl: w.enPlural, bare: !!w.bare }));
  const e = objectNoun(kind);
  const out = e.en.map((sg, i) => ({ sg, pl: e.enPlural[i], bare: false }));
  for (const w of EXTRA_KIND_WORDS[kind]?.en ?? []) {
    const [sg, pl] = w.split('/');
    out.push({ sg, pl: pl ?? pluralize(sg), bare: false });
  }
  return out;
}

export function koNouns(kind: string): string[] {
  const people = PEOPLE_WORDS[kind];
  if (people) return people.ko;
  return [...new Set([...objectNoun(kind).ko, ...(EXTRA_KIND_WORDS[kind]?.ko ?? [])])];
}

export const koCounter = (kind: string): string => (PEOPLE_WORDS[kind] ? '명' : objectNoun(kind).counter);

/** English noun phrase of a group; `nullCount` lets a plural drop its number ("some dogs"). */
export function enThing(rng: Rng, g: Group, opts: { definite?: boolean; noNull?: boolean } = {}): { frag: Frag; plural: boolean } {
  const nouns = enNouns(g.kind);
  const n = rng.chance(0.5) ? nouns[0] : rng.pick(nouns);
  const label = (count: number | null): Label => ({ tag: 'thing', kind: g.kind, count });
  if (g.count === 1) {
    if (n.bare) return { frag: [span(n.sg[0].toUpperCase() + n.sg.slice(1), label(1))], plural: false };
    const r = rng.next();
    const text = opts.definite || r < 0.22 ? `the ${n.sg}` : r < 0.32 ? `one ${n.sg}` : withIndefinite(n.sg);
    return { frag: [span(text, label(1))], plural: false };
  }
  const plNoun = n.bare ? nouns.find((x) => !x.bare)!.pl : n.pl;
  const r = rng.next();
  if (!opts.noNull && r < (FLOCK[g.kind] ? 0.3 : 0.14)) {
    const flock = FLOCK[g.kind];
    const lead = flock && rng.chance(0.5) ? flock[0] : rng.pick(['some', 'a few', 'several', '', '', '', 'a group of', 'lots of', 'two or three', 'a handful of']);
    return { frag: [span(lead ? `${lead} ${plNoun}` : plNoun, label(null))], plural: true };
  }
  const num = r < 0.45 ? String(g.count) : numberWord(g.count);
  const text = opts.definite && rng.chance(0.5) ? `the ${num} ${plNoun}` : `${num} ${plNoun}`;
  return { frag: [span(text, label(g.count))], plural: true };
}

/** Korean noun phrase of a group; the particle (if any) follows the span. */
export function koThing(rng: Rng, g: Group, particle: string, opts: { noNull?: boolean; definite?: boolean; noOf?: boolean } = {}): Frag {
  let noun = rng.chance(0.5) ? koNouns(g.kind)[0] : rng.pick(koNouns(g.kind));
  if (KO_BARE.has(noun) && (g.count > 1 || !opts.definite)) noun = koNouns(g.kind)[0];
  if (opts.definite && g.count === 1) return [span(noun, { tag: 'thing', kind: g.kind, count: 1 }), particle ? koParticle(noun, particle) : ''];
  const counter = koCounter(g.kind);
  const label = (count: number | null): Label => ({ tag: 'thing', kind: g.kind, count });
  const after = (text: string): string => (particle ? koParticle(text, particle) : '');
  const r = rng.next();
  let text: string;
  let count: number | null = g.count;
  if (g.count === 1) {
    const r1 = opts.noOf ? r * 0.8 : r;
    text = r1 < 0.6 ? noun : r1 < 0.8 ? `${noun} 한 ${counter}` : r1 < 0.9 ? `한 ${counter}의 ${noun}` : PEOPLE_WORDS[g.kind] ? `${noun} 한 명` : `${noun} 하나`;
  } else if (!opts.noNull && r < (FLOCK[g.kind] ? 0.3 : 0.14)) { // flocks are often just 떼
    count = null;
    const flock = FLOCK[g.kind];
    if (flock && rng.chance(0.5)) text = `${noun} ${flock[1]}`;
    else if (particle && (particle === '가' || particle === '이') && rng.chance(0.3)) {
      return [span(noun, label(null)), koParticle(noun, particle), ' 잔뜩'];
    } else text = rng.pick([`${noun}들`, `여러 ${counter}의 ${noun}`, `${noun} 여러 ${counter}`, `${noun} 두세 ${counter}`, `${noun} 몇 ${counter}`]);
  } else if (['가', '이', '를', '을'].includes(particle) && r < 0.26) {
    // A floating count ("개가 두 마리 있다", "사과를 세 개 산다"): one span from the noun to the counter.
    const n = g.count;
    const num = rng.chance(0.7) ? `${nativeNumeralAttributive(n)} ${counter}` : `${n}${counter}`;
    return [span(`${noun}${koParticle(noun, particle)} ${num}`, label(n))];
  } else {
    const n = g.count;
    const q = opts.noOf ? rng.next() * 0.6 : rng.next();
    text = q < 0.29 ? `${noun} ${nativeNumeralAttributive(n)} ${counter}`
      : q < 0.35 ? `${noun} ${nativeNumeralAttributive(n)}${counter}` // "개 두마리", as people often type it
      : q < 0.6 ? `${noun} ${n}${counter}`
        : q < 0.78 ? `${nativeNumeralAttributive(n)} ${counter}의 ${noun}`
          : q < 0.88 ? `${n}${counter}의 ${noun}`
            : PEOPLE_WORDS[g.kind] ? rng.pick([`${noun} ${nativeNumeral(n)}`, `${nativeNumeralAttributive(n)} ${noun}`])
              : `${noun} ${nativeNumeralAttributive(n)} ${counter}`;
  }
  return [span(text, label(count)), after(text)];
}

/** Particle forms by after-consonant / after-vowel; 로 keeps ㄹ-final nouns as 로. */
export function koParticle(word: string, particle: string): string {
  switch (particle) {
    case '가': case '이': return withParticle(word, '가').slice(word.length);
    case '는': case '은': return withParticle(word, '는').slice(word.length);
    case '를': case '을': return withParticle(word, '를').slice(word.length);
    case '와': case '과': return withParticle(word, '와').slice(word.length);
    case '로': case '으로': return withParticle(word, '로').slice(word.length);
    case '랑': return withParticle(word, '랑').slice(word.length);
    case '이다': return hasFinalConsonant(word) ? '이다' : '다';
    case '로는': return `${withParticle(word, '로').slice(word.length)}는`;
    default: return particle; // 에, 에서, 의, 도, 에게, 하고, 에는, 에서는, 만 …
  }
}

/** Korean name + particle in the spoken style (서연이가, 서연이는, 지우를, 서연하고). */
export function koNameWithParticle(rng: Rng, name: string, particle: string): string {
  const closed = hasFinalConsonant(name);
  if (!closed) return koParticle(name, particle);
  const spoken = rng.chance(0.6);
  switch (particle) {
    case '가': case '이': return '이가';
    case '는': case '은': return spoken ? '이는' : '은';
    case '를': case '을': return spoken ? '이를' : '을';
    case '와': case '과': return rng.pick(['이와', '과', '이랑', '하고']);
    case '도': return spoken ? '이도' : '도';
    case '에게': return spoken ? '이에게' : '에게';
    case '의': return spoken ? '이의' : '의';
    case '': return spoken && rng.chance(0.5) ? '이' : '';
    default: return koParticle(name, particle);
  }
}

export function enUnknown(rng: Rng, u: UnknownNoun, plural: boolean): Frag {
  const text = plural ? rng.pick([`two ${u.enPlural}`, `${u.enPlural}`, `some ${u.enPlural}`, `3 ${u.enPlural}`])
    : rng.chance(0.7) ? withIndefinite(u.en) : `the ${u.en}`;
  return [span(text, { tag: 'unknown' })];
}

export function koUnknown(rng: Rng, u: UnknownNoun, particle: string): Frag {
  const text = rng.chance(0.8) ? u.ko : `${u.ko} ${rng.pick(['두', '세'])} ${u.role === 'creature' ? '마리' : u.role === 'job' ? '명' : '개'}`;
  return [span(text, { tag: 'unknown' }), particle ? koParticle(text, particle) : ''];
}

// Words that do not sit well before or after a name ("행인 서연", "Mina, a person,").
const NOT_TITLES = new Set(['엄마', '아빠', '행인', '사람', 'person', 'stranger', 'passerby']);
// Kin words said alone, never counted ("엄마 두 명").
const KO_BARE = new Set(['엄마', '아빠']);

function describeWord(rng: Rng, kind: string, lang: 'en' | 'ko'): string {
  const words = PEOPLE_WORDS[kind];
  return lang === 'en' ? rng.pick(words.en.filter((w) => !w.bare && !NOT_TITLES.has(w.en))).en
    : rng.pick(words.ko.filter((w) => !NOT_TITLES.has(w)));
}

export function enActorNP(rng: Rng, a: Actor): { frag: Frag; plural: boolean } {
  if (a.roleNoun) return { frag: [span(a.roleNoun, { tag: 'thing', kind: 'person', count: 1 })], plural: false };
  if (a.names.length === 1 && a.described) {
    const name = span(a.names[0].name, { tag: 'name', kind: a.kind });
    const word = describeWord(rng, a.kind, 'en');
    return { frag: rng.chance(0.5) ? [name, `, ${withIndefinite(word)},`] : [`${withIndefinite(word)} named `, name], plural: false };
  }
  if (a.names.length === 1) return { frag: [span(a.names[0].name, { tag: 'name', kind: 'person' })], plural: false };
  if (a.names.length === 2) {
    return { frag: [span(a.names[0].name, { tag: 'name', kind: 'person' }), ' and ', span(a.names[1].name, { tag: 'name', kind: 'person' })], plural: true };
  }
  if (a.pronoun) {
    const g = a.gender === 'pl' || a.count > 1 ? 'pl' : a.gender ?? 'pl';
    const they = a.count === 2 && rng.chance(0.35) ? rng.pick(['the two of them', 'both of them']) : 'they';
    return { frag: [span(g === 'm' ? 'he' : g === 'f' ? 'she' : they, { tag: 'pronoun', gender: g })], plural: g === 'pl' };
  }
  return enThing(rng, a, { definite: a.definite, noNull: a.definite });
}

export function koActorNP(rng: Rng, a: Actor, particle: string): Frag {
  if (a.names.length === 1 && a.described) {
    const n = a.names[0].name;
    const word = describeWord(rng, a.kind, 'ko');
    const name = span(n, { tag: 'name', kind: a.kind });
    if (rng.chance(0.5)) return [`${word} `, name, koNameWithParticle(rng, n, particle)];
    return [name, `${hasFinalConsonant(n) ? '이라는' : '라는'} ${word}${particle ? koParticle(word, particle) : ''}`];
  }
  if (a.names.length >= 1) {
    const out: Frag = [];
    a.names.forEach((n, i) => {
      out.push(span(n.name, { tag: 'name', kind: 'person' }));
      out.push(i < a.names.length - 1 ? `${koNameWithParticle(rng, n.name, '와')} ` : koNameWithParticle(rng, n.name, particle));
    });
    return out;
  }
  if (a.pronoun) {
    const g = a.gender === 'pl' || a.count > 1 ? 'pl' : a.gender ?? 'pl';
    const word = g === 'm' ? '그' : g === 'f' ? '그녀' : a.count === 2 && rng.chance(0.5) ? rng.pick(['둘', '두 사람']) : '그들';
    return [span(word, { tag: 'pronoun', gender: g }), particle ? koParticle(word, particle) : ''];
  }
  return koThing(rng, a, particle, { definite: a.definite });
}
