// Per-character probabilities → what one line states: its spans (things, names, actions, relations, places,
// times, unknown words, pronouns) with values and confidences, and the line's own setting and time.
import type { LineProbabilities, TokenHead } from './planner-model';
import type { PlannerLabels } from './planner-config';
import { countAt, counterWord, firstCount, isNumberWord, onlyQuantity } from './written-number';

export interface SpanReading {
  type: string;
  start: number;
  end: number;
  /** The words as written (code points start…end of the NFC line). */
  text: string;
  /** The value its head reads: a kind, action, relation, setting (null: not in the catalogue), time or gender. */
  value: string | null;
  /** Things only: the count read (null = a plural with no number). */
  count?: number | null;
  confidence: number;
}

export interface LineReading {
  /** The line's own setting, null when it names none (or one the catalogue lacks). */
  setting: string | null;
  settingConfidence: number;
  /** True when the line names a place the catalogue lacks. */
  unknownPlace: boolean;
  /** True when the line names a catalogue place in so many words (a sure place span), not only hints at one. */
  namesPlace: boolean;
  time: string | null;
  timeConfidence: number;
  spans: SpanReading[];
  hangul: boolean;
}

const VALUE_HEAD: Record<string, TokenHead | null> = {
  thing: 'kind', name: 'kind', action: 'action', relation: 'rel', place: 'place', time: 'time_tok', unknown: null, pronoun: 'pron',
};

function argmax(p: Float32Array, offset = 0, n = p.length): [number, number] {
  let best = 0;
  for (let i = 1; i < n; i++) if (p[offset + i] > p[offset + best]) best = i;
  return [best, p[offset + best]];
}

/** Mean of a head's rows over chars a…b-1, then its argmax and mean probability. */
function spanValue(probs: LineProbabilities, head: TokenHead, a: number, b: number): [number, number] {
  const { data, classes } = probs.heads[head];
  const mean = new Float32Array(classes);
  for (let i = a; i < b; i++) for (let k = 0; k < classes; k++) mean[k] += data[i * classes + k] / (b - a);
  return argmax(mean);
}

/** B/I tags → spans: a span starts at B-t, or at I-t after another type (the model's slips are not dropped). */
function bioSpans(probs: LineProbabilities, types: readonly string[]): { type: string; start: number; end: number; p: number }[] {
  const { data, classes } = probs.heads.bio;
  const spans: { type: string; start: number; end: number; p: number }[] = [];
  let cur: { type: string; start: number; end: number; p: number } | null = null;
  for (let i = 0; i < probs.chars.length; i++) {
    const [tag, p] = argmax(data, i * classes, classes);
    const type = tag === 0 ? null : types[(tag - 1) >> 1];
    const begin = tag > 0 && (tag - 1) % 2 === 0;
    if (cur && (type !== cur.type || begin)) { spans.push(cur); cur = null; }
    if (type) {
      if (!cur) cur = { type, start: i, end: i + 1, p };
      else { cur.end = i + 1; cur.p += p; }
    }
  }
  if (cur) spans.push(cur);
  for (const s of spans) s.p /= s.end - s.start;
  return spans;
}

/** Trims spaces and punctuation at both ends of a span, as a reader would. */
function trim(chars: readonly string[], a: number, b: number): [number, number] {
  const edge = /[\s\p{P}]/u;
  while (a < b && edge.test(chars[a])) a++;
  while (b > a && edge.test(chars[b - 1])) b--;
  return [a, b];
}

// English words that alone name no place: a place span of only these ("in", "there") is a stray tag
const FUNCTION_WORDS = new Set(['in', 'at', 'on', 'to', 'into', 'onto', 'inside', 'outside', 'by', 'from', 'near', 'through',
  'across', 'along', 'around', 'toward', 'towards', 'the', 'a', 'an', 'of', 'his', 'her', 'their', 'my', 'our', 'its',
  'there', 'here', 'back', 'up', 'down', 'out', 'over', 'under', 'behind', 'off', 'home']);

// what "in the …" often names that is not a place: the weather, the light, a part of wherever the story is
const NOT_PLACES = new Set(['dark', 'darkness', 'rain', 'sun', 'sunshine', 'sunlight', 'snow', 'wind', 'fog', 'shade', 'shadows',
  'distance', 'air', 'middle', 'corner', 'crowd', 'silence', 'hurry', 'end', 'moonlight', 'cold', 'heat', 'open']);

/** Whether a place span holds a word that can name a place (not only "in", "there", "back"). */
function hasPlaceWord(span: SpanReading): boolean {
  return span.text.split(/[\s\p{P}]+/u).some((w) => w !== '' && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** A place the catalogue lacks: a place span read as "not in the catalogue" that holds or touches an unknown word
 *  ("at the library", "도서관에서"); a stray place tag on its own is not enough to empty the story's place. */
function namesUnknownPlace(spans: readonly SpanReading[], sure: number): boolean {
  // a bare preposition ("at", "in") names a place only with the unknown word after it ("at | the library"), not
  // before it ("came | in for breakfast")
  return spans.some((p) => p.type === 'place' && p.value === null && p.confidence >= sure
    && spans.some((u) => u.type === 'unknown' && u.confidence >= sure && u.start <= p.end + 1 && p.start <= u.end + 1
      && (hasPlaceWord(p) || u.start >= p.start) && !NOT_PLACES.has(u.text.toLowerCase().replace(/^(the|a|an) /, ''))));
}

/** A line names a catalogue place when a sure place span holds a place word and the line's own reading is sure of
 *  the same setting: the tagger alone marks stray words ("every crash" → beach) that the whole line does not read so. */
function namesPlace(spans: readonly SpanReading[], setting: string | null, settingConfidence: number, rule: SpanRule): boolean {
  return spans.some((p) => p.type === 'place' && p.value !== null && p.confidence >= rule.placeConfidence && hasPlaceWord(p)
    && (p.value === setting && settingConfidence >= rule.agreeingLine));
}

/** How the reader trusts the tagger's spans; chosen on the dev stories (test/eval-sets/plans-dev). */
export interface SpanRule {
  /** A place span or unknown word counts as evidence of where the line is only when this sure (a stray place tag
   *  must not move a story or empty its place). */
  placeConfidence: number;
  /** A span inside a Latin-script word must cover this share of it (then it takes the whole word), else it is noise:
   *  the character model tags pieces of English words it never saw ("brea" of "break"). */
  minWordCover: number;
  /** A place span moves a story only when the line's own setting reading agrees this surely. */
  agreeingLine: number;
}
export const SPAN_RULE: SpanRule = { placeConfidence: 0.7, minWordCover: 0.5, agreeingLine: 0.9 };

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const LATIN = /[A-Za-z]/;

/** [start, end) of the whitespace- and punctuation-delimited word around chars a…b-1. */
function wordAround(chars: readonly string[], a: number, b: number): [number, number] {
  let s = a, e = b;
  while (s > 0 && WORD_CHAR.test(chars[s - 1])) s--;
  while (e < chars.length && WORD_CHAR.test(chars[e])) e++;
  return [s, e];
}

/** Latin spans snap to whole words when they cover enough of them and are dropped when they do not. */
function alignToWords(chars: readonly string[], a: number, b: number, rule: SpanRule): [number, number] | null {
  if (rule.minWordCover <= 0 || !chars.slice(a, b).some((c) => LATIN.test(c))) return [a, b];
  const [s, e] = wordAround(chars, a, b);
  return (b - a) / (e - s) >= rule.minWordCover ? [s, e] : null;
}

const hangul = (chars: readonly string[]) => chars.some((c) => c >= '\uac00' && c <= '\ud7a3');

/** Two thing spans of one kind with at most a space between ("Seven" + "pigeons") are one mention. */
function mergeNeighbours(spans: SpanReading[], chars: readonly string[]): void {
  for (let i = spans.length - 1; i > 0; i--) {
    const a = spans[i - 1], b = spans[i];
    if (a.type !== 'thing' || b.type !== 'thing' || a.value !== b.value || b.start - a.end > 1) continue;
    const count = a.count === 1 ? b.count : a.count;
    spans.splice(i - 1, 2, { ...a, end: b.end, text: chars.slice(a.start, b.end).join(''), count,
      confidence: Math.min(a.confidence, b.confidence) });
  }
}

/** Words of chars a…b-1, split on spaces. */
const wordsOf = (chars: readonly string[], a: number, b: number) => chars.slice(a, b).join('').split(/\s+/u).filter(Boolean);

/** The count an English phrase states before a noun and running up to it: the farthest start among the last three
 *  words whose phrase ends at most one word before the noun ("three little kittens"), or two with "of" ("two cups of
 *  coffee"): "half a dozen", "a pair of". `words`: the words before the mention, then the mention's. */
function countBefore(words: readonly string[], beforeCount: number): number | null | undefined {
  for (let i = Math.max(0, beforeCount - 3); i < beforeCount; i++) {
    const c = countAt(words, i);
    if (!c) continue;
    const gap = beforeCount - (i + c.length);
    if (gap <= 1 || (gap === 2 && /^of$/i.test(words[beforeCount - 1]))) return c.count;
  }
  return undefined;
}

// Kinds named in the plural when there is one ("french fries", "skis": a pair is one), and counted in pairs
const PLURAL_NAMED = new Set(['french_fries', 'skis', 'roller_skate', 'toilet_paper', 'spaghetti']);
// spans that bound where a mention's count may be read: another mention, a name, an unknown word (places and
// pronouns do not: the tagger's place spans often take in the count, and "Both of" is read as a pronoun)
const BOUNDS = new Set(['thing', 'name', 'unknown']);

/** A Korean count right before the noun, as an attribute: "두 마리의 개", "세 명의 소녀", "두 아이" — not a subject
 *  with its particle ("둘은 바다에서 원반을"). */
function koCountBefore(before: readonly string[]): number | null | undefined {
  for (let i = Math.max(0, before.length - 2); i < before.length; i++) {
    const c = countAt(before, i);
    if (!c || i + c.length !== before.length) continue;
    const last = before[before.length - 1];
    if (c.length > 1 ? last.endsWith('의') : /^(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|여러|몇|두세|서너)$/u.test(last)) return c.count;
  }
  return undefined;
}

/**
 * A count the line writes for a thing wins over the count head: inside the mention first, then where each language
 * puts it — English before the noun ("seven pigeons", "half a dozen ducks"), Korean after it ("양 열 마리",
 * "개 2마리", "아이들 셋이") or before it with 의 ("두 마리의 개") — never reaching past a neighbouring span. A range
 * or a vague amount ("two or three", "여러 마리") is a plural with no number (null).
 */
function readWrittenCounts(spans: SpanReading[], chars: readonly string[], korean: boolean): void {
  for (const s of spans) {
    if (s.type !== 'thing') continue;
    // from the whole word the mention sits in: the tagger often marks part of a Korean word (풍 of 풍선)
    const [ws, we] = wordAround(chars, s.start, s.end);
    // a stray tag on the count itself ("다" of 다섯) bounds nothing
    const others = spans.filter((o) => o !== s && BOUNDS.has(o.type) && (o.end <= ws || o.start >= we)
      && !wordsOf(chars, ...wordAround(chars, o.start, o.end)).every((w) => isNumberWord(w) || counterWord(w)));
    const prevEnd = Math.max(0, ...others.filter((o) => o.end <= ws).map((o) => o.end));
    const nextStart = Math.min(chars.length, ...others.filter((o) => o.start >= we).map((o) => o.start));
    const before = wordsOf(chars, prevEnd, Math.max(prevEnd, Math.min(ws, s.start)));
    const after = wordsOf(chars, Math.min(Math.max(we, s.end), nextStart), nextStart);
    const own = wordsOf(chars, s.start, s.end);
    let n: number | null | undefined;
    if (korean) n = firstCount(own) ?? firstCount(after.slice(0, 3)) ?? koCountBefore(before);
    // English: a quantity may start before the mention and run into it ("Half" + "a dozen ducks")
    else n = countBefore([...before, ...own], before.length) ?? firstCount(own);
    if (n !== undefined) {
      // a pair of skis is one skis
      s.count = n !== null && PLURAL_NAMED.has(s.value ?? '') && /쌍|켤레|\bpair\b/iu.test([...before.slice(-3), ...own, ...after.slice(0, 3)].join(' ')) ? n / 2 : n;
    } else if (s.count === 1 && !PLURAL_NAMED.has(s.value ?? '') && pluralForm(chars.slice(ws, we).join(''), korean)) {
      // no number written, but the noun is plural ("the boys", "고양이들이"): several, whatever the count head guessed
      s.count = null;
    }
  }
}

// English plurals that do not end in -s; nouns in -s that are not plurals
const EN_PLURAL = new Set(['children', 'people', 'men', 'women', 'geese', 'mice', 'teeth', 'feet', 'kids', 'police']);
const EN_SINGULAR_S = /(ss|us|is|ous|ics|news|glasses|jeans)$/;
const KO_PLURAL = /들(이|은|는|을|를|의|도|과|와|이랑|하고|에게|한테)?$/u;

/** A mention's word written as a plural: English -s (not -ss, -us) or an irregular plural, Korean -들. */
export function pluralForm(word: string, korean: boolean): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}'’-]/gu, '').replace(/['’]s$/u, '');
  if (korean) return KO_PLURAL.test(w);
  return EN_PLURAL.has(w) || (w.length > 3 && w.endsWith('s') && !EN_SINGULAR_S.test(w));
}

/** Thing spans whose words are only a quantity ("Ten", "a pair of", "이십") or a counter after a number ("세 대와")
 *  are dropped when the line has another thing: the tagger took the count for a thing, and it is the count of the
 *  thing beside it (read by readWrittenCounts). A line's only thing keeps its kind ("양 열 마리" tagged on "열 마리"). */
function dropQuantities(spans: SpanReading[], chars: readonly string[]): SpanReading[] {
  const quantity = (s: SpanReading) => {
    const [ws, we] = wordAround(chars, s.start, s.end);
    const words = wordsOf(chars, ws, we);
    if (onlyQuantity(words)) return true;
    // a quantity phrase that starts here and covers the span's words ("Half" of "Half a dozen ducks")
    const c = countAt(wordsOf(chars, ws, chars.length), 0);
    if (c && c.length >= words.length) return true;
    const previous = wordsOf(chars, 0, ws).at(-1);
    return words.length === 1 && counterWord(words[0]) && previous !== undefined && isNumberWord(previous);
  };
  // a capitalised quantity opening a line ("Both dogs…", "Half a dozen…") is often tagged as a name
  const drop = new Set(spans.filter((s) => (s.type === 'thing' || s.type === 'name') && quantity(s)));
  if (spans.some((s) => s.type === 'thing' && drop.has(s)) && !spans.some((s) => s.type === 'thing' && !drop.has(s))) {
    return spans.filter((s) => s.type === 'thing' || !drop.has(s));
  }
  return spans.filter((s) => !drop.has(s));
}

export function readLine(probs: LineProbabilities, labels: PlannerLabels, rule: SpanRule = SPAN_RULE): LineReading {
  const spans: SpanReading[] = [];
  for (const s of bioSpans(probs, labels.spanTypes)) {
    const [ta, tb] = trim(probs.chars, s.start, s.end);
    if (ta >= tb) continue;
    const aligned = alignToWords(probs.chars, ta, tb, rule);
    if (!aligned) continue;
    const [a, b] = aligned;
    const head = VALUE_HEAD[s.type];
    let value: string | null = null;
    let confidence = s.p;
    if (head) {
      const [k, p] = spanValue(probs, head, a, b);
      confidence *= p;
      const table: Record<string, readonly string[]> = {
        kind: labels.kinds, action: labels.actions, rel: labels.relations, place: labels.settings,
        time_tok: labels.times, pron: labels.genders,
      };
      value = table[head][k] ?? null; // place: the extra last class is "not in the catalogue"
    }
    const span: SpanReading = { type: s.type, start: a, end: b, text: probs.chars.slice(a, b).join(''), value, confidence };
    if (s.type === 'thing') {
      const [c] = spanValue(probs, 'count', a, b);
      const count = labels.counts[c];
      span.count = count === 'many' ? null : count;
    }
    spans.push(span);
  }
  const things = dropQuantities(spans, probs.chars);
  mergeNeighbours(things, probs.chars);
  readWrittenCounts(things, probs.chars, hangul(probs.chars));
  const ns = labels.settings.length;
  const [si, sp] = argmax(probs.setting);
  const [ti, tp] = argmax(probs.time);
  return {
    setting: si < ns ? labels.settings[si] : null,
    settingConfidence: sp,
    unknownPlace: namesUnknownPlace(things, rule.placeConfidence),
    namesPlace: namesPlace(things, si < ns ? labels.settings[si] : null, sp, rule),
    time: ti < labels.times.length ? labels.times[ti] : null,
    timeConfidence: tp,
    spans: things,
    hangul: hangul(probs.chars),
  };
}
