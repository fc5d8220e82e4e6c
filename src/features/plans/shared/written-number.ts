// The number a line writes for a thing ("Seven pigeons", "12 bottles", "half a dozen eggs", "양 열 마리", "개 2마리",
// "풍선 이십 개", "비둘기 한 쌍", "아이들 셋이"): numbers are a closed class, read here by rule; the planner's count head,
// which knows 1–4 and "several", covers the rest. A stated range or vague amount ("two or three", "several", "두세",
// "여러") is a plural with no number: null.

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// words that are a number on their own when they stand before a noun
// ("couple", "pair" and "twins" alone are nouns — "a couple walks", "the twins" — and count only as "a pair of")
const EN_WORDS: Record<string, number> = { dozen: 12, both: 2, hundred: 100 };
const EN_VAGUE = new Set(['several', 'few', 'many', 'lots', 'numerous', 'dozens', 'hundreds', 'various', 'multiple']);
const EN_FILLER = new Set(['a', 'an', 'of', 'the', 'and']);

// native Korean numerals as they stand before a counter (attributive) and alone (하나, 둘…), with the tens
const KO_NATIVE_UNITS: [string, number][] = [['한', 1], ['두', 2], ['세', 3], ['네', 4], ['하나', 1], ['둘', 2], ['셋', 3],
  ['넷', 4], ['다섯', 5], ['여섯', 6], ['일곱', 7], ['여덟', 8], ['아홉', 9]];
const KO_NATIVE_TENS: [string, number][] = [['열', 10], ['스무', 20], ['스물', 20], ['서른', 30], ['마흔', 40], ['쉰', 50]];
const KO_NATIVE = new Map<string, number>([...KO_NATIVE_UNITS, ...KO_NATIVE_TENS]);
for (const [t, tv] of KO_NATIVE_TENS) {
  if (t === '스무') continue; // 스무 stands alone; 스물 takes the units (스물다섯)
  for (const [u, uv] of KO_NATIVE_UNITS) KO_NATIVE.set(t + u, tv + uv);
}
const KO_NATIVE_SORTED = [...KO_NATIVE.entries()].sort((a, b) => b[0].length - a[0].length);
// the forms that stand alone as a noun phrase and take a particle (셋이, 둘이서, 넷은): not 한/두/세/네
const KO_STANDALONE = new Set(['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열', '스물']);
const KO_PARTICLES = ['이서', '서', '이가', '이', '가', '은', '는', '을', '를', '의', '도', '와', '과', '이랑', '랑'];
// Sino-Korean digits: a number only right before a counter (이십 개, 삼 대), since alone they are common words
const SINO_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
// ranges and vague amounts: 두세 명, 서너 개, 대여섯 마리, 여러 마리, 몇 개
const KO_VAGUE = ['두세', '서너', '너덧', '네다섯', '대여섯', '여러', '몇', '수십', '수백'];
const COUNTERS = ['마리', '개', '대', '명', '잔', '그루', '송이', '척', '켤레', '자루', '병', '권', '장', '벌', '채', '사람', '분',
  '조각', '접시', '그릇', '판', '쌍', '통', '봉지', '상자', '컵'];
// counters that are also the noun of a thing the planner draws (병 a bottle, 접시 a plate): never dropped as a counter
const NOUN_COUNTERS = new Set(['병', '접시', '그릇', '컵', '상자', '통', '봉지', '사람', '조각']);
// a counter that counts pairs: 한 쌍 = 2
const PAIR_COUNTERS = ['쌍', '켤레'];

const clean = (word: string) => word.toLowerCase().replace(/[.,!?;:"'“”‘’()]/g, '');
const counterAt = (rest: string): string | undefined => COUNTERS.find((c) => rest.startsWith(c));

function sino(w: string): number | null {
  // 이십, 삼십오, 십이, 백: tens and units up to 999
  let total = 0, unit = 0, any = false;
  for (const ch of w) {
    if (ch === '백') { total += (unit || 1) * 100; unit = 0; }
    else if (ch === '십') { total += (unit || 1) * 10; unit = 0; }
    else if (SINO_DIGITS[ch] !== undefined) { if (unit) return null; unit = SINO_DIGITS[ch]; }
    else return null;
    any = true;
  }
  return any ? total + unit : null;
}

function english(w: string): number | null {
  const unit = EN_UNITS.indexOf(w);
  if (unit >= 1) return unit;
  if (EN_TENS[w] !== undefined) return EN_TENS[w];
  const [t, u] = w.split('-');
  if (u !== undefined && EN_TENS[t] !== undefined && EN_UNITS.indexOf(u) >= 1 && EN_UNITS.indexOf(u) <= 9) return EN_TENS[t] + EN_UNITS.indexOf(u);
  return EN_WORDS[w] ?? null;
}

/** A native Korean numeral at the start of w and what follows it, longest numeral first. */
function koNative(w: string): [number, string, string] | null {
  for (const [numeral, n] of KO_NATIVE_SORTED) if (w.startsWith(numeral)) return [n, numeral, w.slice(numeral.length)];
  return null;
}

/** The number one word writes, or null: "7", "seven", "twenty-five", "일곱", "두마리", "3잔", "2마리가", "셋이". */
export function wordNumber(word: string): number | null {
  const w = clean(word);
  const digits = /^(\d{1,3})(\D*)$/u.exec(w);
  if (digits && (digits[2] === '' || counterAt(digits[2]))) {
    const n = Number(digits[1]);
    return n ? n * (PAIR_COUNTERS.some((c) => digits[2].startsWith(c)) ? 2 : 1) : null;
  }
  const en = english(w);
  if (en !== null) return en;
  const ko = koNative(w);
  if (ko) {
    const [n, numeral, rest] = ko;
    if (rest === '') return n;
    // glued to its counter (두마리, 세잔): the numeral must be followed by a counter, so 세상 or 두부 are not numbers
    const counter = counterAt(rest);
    if (counter) return n * (PAIR_COUNTERS.includes(counter) ? 2 : 1);
    // a standalone numeral with its particle (셋이, 둘이서, 넷은)
    if (KO_STANDALONE.has(numeral) && KO_PARTICLES.includes(rest)) return n;
  }
  return null;
}

// words after a number that make it a time, an age or an order, not a count (세 시에, 3층, 다섯 살, 11 a.m.)
const KO_NOT_COUNTED = /^(시|층|살|번|등|월|년|초|호)/u;
const EN_TIME_BEFORE = new Set(['at', 'around', 'until', 'till', 'by', 'before', 'after', 'since', 'past']);
const EN_TIME_AFTER = new Set(['am', 'a.m', 'a.m.', 'pm', 'p.m', 'p.m.', "o'clock", 'o’clock', 'oclock']);

/** Whether the number at words[i] tells a time of day or the like: "at 11", "11 a.m.", "세 시에", "3층". */
function clockTime(words: readonly string[], i: number): boolean {
  const prev = i > 0 ? words[i - 1].toLowerCase().replace(/[,;:]/g, '') : '';
  const next = (words[i + 1] ?? '').toLowerCase().replace(/[,;:!?]$/g, '');
  return EN_TIME_BEFORE.has(prev) || EN_TIME_AFTER.has(next) || (KO_NOT_COUNTED.test(next) && !counterAt(next));
}

/**
 * What a run of words states as a count, read from words[i]: a number, null for a range or a vague amount
 * ("two or three", "a few", "두세", "여러"), or undefined when the words there state no count. `length`: words read.
 */
export function countAt(words: readonly string[], i: number): { count: number | null; length: number } | undefined {
  const w = (k: number) => (i + k < words.length ? clean(words[i + k]) : '');
  // English phrases: half a dozen, a dozen, a couple of, a pair of, two or three
  if (w(0) === 'half' && (w(1) === 'a' || w(1) === 'an') && w(2) === 'dozen') return { count: 6, length: 3 };
  if ((w(0) === 'a' || w(0) === 'an') && (w(1) === 'dozen' || w(1) === 'few')) return { count: w(1) === 'few' ? null : 12, length: w(2) === 'of' ? 3 : 2 };
  if ((w(0) === 'a' || w(0) === 'an') && (w(1) === 'couple' || w(1) === 'pair') && w(2) === 'of') return { count: 2, length: 3 };
  if (EN_VAGUE.has(w(0))) return { count: null, length: w(1) === 'of' ? 2 : 1 };
  // Korean ranges and vague amounts, alone or glued to a counter (두세 명, 여러마리)
  if (KO_VAGUE.some((v) => w(0) === v || (w(0).startsWith(v) && counterAt(w(0).slice(v.length))))) return { count: null, length: 1 };
  const n = wordNumber(words[i] ?? '');
  if (n !== null && !clockTime(words, i)) {
    if (w(1) === 'or' && english(w(2)) !== null) return { count: null, length: 3 }; // a range
    // a native numeral before a pair counter: 한 쌍 = 2
    const next = counterAt(w(1));
    return { count: n * (next && PAIR_COUNTERS.includes(next) && koNative(w(0)) ? 2 : 1), length: next ? 2 : 1 };
  }
  // a Sino-Korean number with its counter after it (풍선 이십 개, 이십개)
  if (clockTime(words, i)) return undefined;
  const s = sino(w(0));
  if (s !== null && /[십백]/u.test(w(0)) && counterAt(w(1))) return { count: s, length: 2 }; // not 이 개 (this dog)
  const glued = /^([일이삼사오육칠팔구십백]+)(.+)$/u.exec(w(0));
  if (glued && counterAt(glued[2]) && /[십백]/u.test(glued[1])) return { count: sino(glued[1]), length: 1 };
  return undefined;
}

/** The first count stated in `words` (in order): a number, null (a range or vague amount), or undefined. */
export function firstCount(words: readonly string[]): number | null | undefined {
  for (let i = 0; i < words.length; i++) {
    const c = countAt(words, i);
    if (c) return c.count;
  }
  return undefined;
}

/** The first number written in `words` (in order), or null. */
export function firstNumber(words: readonly string[]): number | null {
  return firstCount(words) ?? null;
}

/** True when the words are only a quantity ("a pair of", "Ten", "half a dozen", "both", "스물다섯", "이십"): the
 *  tagger reads such words as a thing of their own; they are the count of the thing beside them. */
export function onlyQuantity(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  let i = 0, any = false;
  while (i < words.length) {
    // a phrase first ("a pair of"), then the filler words around one
    const c = countAt(words, i);
    if (c) { any = true; i += c.length; continue; }
    if (EN_FILLER.has(clean(words[i]))) { i++; continue; }
    // a Sino-Korean tens number is never a thing, even with its counter left out of the words (이십, 삼십오)
    const s = sino(clean(words[i]));
    if (s !== null && /[십백]/u.test(words[i])) { any = true; i++; continue; }
    return false;
  }
  return any;
}

/** A Korean counter standing as its own word, with or without its particle (마리가, 대와, 개): after a number it
 *  is part of the count, not a thing (개 is also "dog", 대 a stand). */
export function counterWord(word: string): boolean {
  const w = clean(word);
  const counter = counterAt(w);
  if (counter && NOUN_COUNTERS.has(counter)) return false;
  return counter !== undefined && (w === counter || KO_PARTICLES.includes(w.slice(counter.length)));
}

/** A word that is a number on its own: wordNumber's, or a Sino-Korean tens number (이십, 삼십오). */
export function isNumberWord(word: string): boolean {
  return wordNumber(word) !== null || (/[십백]/u.test(word) && sino(clean(word)) !== null);
}
