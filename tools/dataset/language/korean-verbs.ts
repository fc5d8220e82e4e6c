// Korean verb conjugation for caption verbs given in dictionary form ("스키를 타다").
// Covers regular stems, ㄹ-stems (놀다 → 노는, 논다) and 하다; irregular stems are avoided in the lexicon.

const BASE = 0xac00;
const RIEUL = 8;
const NIEUN = 4;

interface Syllable { lead: number; vowel: number; tail: number }

function split(ch: string): Syllable {
  const code = ch.codePointAt(0)! - BASE;
  if (code < 0 || code > 11171) throw new Error(`not a Hangul syllable: "${ch}"`);
  return { lead: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), tail: code % 28 };
}

function join(s: Syllable): string {
  return String.fromCodePoint(BASE + s.lead * 588 + s.vowel * 28 + s.tail);
}

/** "스키를 타다" → { head: "스키를 ", stem: "타" }. */
function splitPhrase(phrase: string): { head: string; stem: string } {
  if (!phrase.endsWith('다') || phrase.length < 2) throw new Error(`not a dictionary-form verb: "${phrase}"`);
  const body = phrase.slice(0, -1);
  const space = body.lastIndexOf(' ');
  return { head: body.slice(0, space + 1), stem: body.slice(space + 1) };
}

function lastOf(stem: string): Syllable {
  return split(stem[stem.length - 1]);
}

function replaceLast(stem: string, s: Syllable): string {
  return stem.slice(0, -1) + join(s);
}

/** Present pre-noun modifier of an action verb: 타다 → 타는, 먹다 → 먹는, 날다 → 나는. */
export function presentModifier(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  const last = lastOf(stem);
  const base = last.tail === RIEUL ? replaceLast(stem, { ...last, tail: 0 }) : stem;
  return `${head}${base}는`;
}

/** Plain present sentence ending: 타다 → 탄다, 먹다 → 먹는다, 날다 → 난다, 하다 → 한다. */
export function plainPresent(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  const last = lastOf(stem);
  if (last.tail === 0) return `${head}${replaceLast(stem, { ...last, tail: NIEUN })}다`;
  if (last.tail === RIEUL) return `${head}${replaceLast(stem, { ...last, tail: NIEUN })}다`;
  return `${head}${stem}는다`;
}

/** Past pre-noun modifier (for passive/stative verbs): 주차되다 → 주차된, 놓다 → 놓은. */
export function pastModifier(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  const last = lastOf(stem);
  if (last.tail === 0) return `${head}${replaceLast(stem, { ...last, tail: NIEUN })}`;
  if (last.tail === RIEUL) return `${head}${replaceLast(stem, { ...last, tail: NIEUN })}`;
  return `${head}${stem}은`;
}

// Vowel indices (medial jamo order ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ).
const A = 0, AE = 1, EO = 4, E = 5, YEO = 6, O = 8, WA = 9, OE = 11, U = 13, WO = 14, EU = 18, I = 20;

/** The -아/어 form: 타 → 타, 서 → 서, 앉 → 앉아, 놓이 → 놓여, 걸리 → 걸려, 보 → 봐, 주 → 줘, 하 → 해, 되 → 되어. */
export function infinitive(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  const last = lastOf(stem);
  if (stem.endsWith('하')) return `${head}${stem.slice(0, -1)}해`;
  const bright = last.vowel === A || last.vowel === O;
  if (last.tail !== 0) return `${head}${stem}${bright ? '아' : '어'}`;
  switch (last.vowel) {
    case A: case EO: case AE: case E: case YEO: return head + stem;
    case O: return head + replaceLast(stem, { ...last, vowel: WA });
    case U: return head + replaceLast(stem, { ...last, vowel: WO });
    case I: return stem.length > 1 ? head + replaceLast(stem, { ...last, vowel: YEO }) : `${head}${stem}어`; // 놓이 → 놓여, 피 → 피어
    case EU: return head + replaceLast(stem, { ...last, vowel: EO }); // 쓰다 → 써
    case OE: return `${head}${stem}어`;
    default: return `${head}${stem}${bright ? '아' : '어'}`;
  }
}

/** Progressive: 타다 → 타고 있다. */
export function progressive(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  return `${head}${stem}고 있다`;
}

/** Progressive modifier: 타다 → 타고 있는. */
export function progressiveModifier(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  return `${head}${stem}고 있는`;
}

/** Resultative state: 서다 → 서 있다, 앉다 → 앉아 있다, 놓이다 → 놓여 있다. */
export function resultative(phrase: string): string {
  return `${infinitive(phrase)} 있다`;
}

/** Resultative modifier: 서다 → 서 있는, 걸리다 → 걸려 있는. */
export function resultativeModifier(phrase: string): string {
  return `${infinitive(phrase)} 있는`;
}

/** Connective -고 ("and then"): 타다 → 타고. */
export function connective(phrase: string): string {
  const { head, stem } = splitPhrase(phrase);
  return `${head}${stem}고`;
}

export type KoAspect = 'progressive' | 'resultative';

/** Sentence-final form for the verb's aspect: -고 있다 or -아/어 있다. */
export function stateFinal(phrase: string, aspect: KoAspect): string {
  return aspect === 'progressive' ? progressive(phrase) : resultative(phrase);
}

/** Pre-noun form for the verb's aspect: -는 / -고 있는 or -아/어 있는. */
export function stateModifier(phrase: string, aspect: KoAspect, preferProgressive = false): string {
  if (aspect === 'resultative') return resultativeModifier(phrase);
  return preferProgressive ? progressiveModifier(phrase) : presentModifier(phrase);
}
