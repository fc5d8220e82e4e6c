// Korean grammar core: final consonants (받침), particles and native-numeral counters.
// Pure and dependency-free so captions, stories and tests can share it.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots (0 = none). */
const RIEUL_FINAL = 8;

/** Finals of the Sino-Korean digit readings 영 일 이 삼 사 오 육 칠 팔 구 (0 none, 8 ㄹ, other = consonant). */
const DIGIT_FINAL = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0];
/** Finals of English letter names read in Korean: 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 지. */
const LETTER_FINAL: Record<string, number> = {
  l: 8, m: 16, n: 4, r: 8,
};

/** Final-consonant slot (0..27) of the last pronounced character, or 0 for an open syllable. */
export function finalConsonantIndex(word: string): number {
  const trimmed = word.replace(/[\s.,!?'"’”)\]}>~…·-]+$/u, '');
  if (trimmed.length === 0) throw new Error(`finalConsonantIndex: no pronounceable character in "${word}"`);
  const last = trimmed[trimmed.length - 1];
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28;
  if (last >= '0' && last <= '9') return DIGIT_FINAL[Number(last)];
  const lower = last.toLowerCase();
  if (lower >= 'a' && lower <= 'z') return LETTER_FINAL[lower] ?? 0;
  // Bare jamo (ㄱ..ㅎ) count as a closed syllable; ㄹ keeps its own rule.
  if (code >= 0x3131 && code <= 0x314e) return last === 'ㄹ' ? RIEUL_FINAL : 1;
  return 0;
}

export function hasFinalConsonant(word: string): boolean {
  return finalConsonantIndex(word) !== 0;
}

export function endsInRieul(word: string): boolean {
  return finalConsonantIndex(word) === RIEUL_FINAL;
}

/** Particles keyed by their after-vowel form; value = [after consonant, after vowel]. */
const PARTICLES = {
  가: ['이', '가'], // subject
  는: ['은', '는'], // topic
  를: ['을', '를'], // object
  와: ['과', '와'], // "and / with" (formal)
  랑: ['이랑', '랑'], // "and / with" (spoken)
  야: ['아', '야'], // vocative
  나: ['이나', '나'], // "or"
  로: ['으로', '로'], // direction / means — ㄹ-final takes 로
  다: ['이다', '다'], // copula, plain
  고: ['이고', '고'], // copula, "and"
} as const;

export type Particle = keyof typeof PARTICLES;

/** The particle form that follows `word` (e.g. particleFor('사과','를') === '를'). */
export function particleFor(word: string, particle: Particle): string {
  const [afterConsonant, afterVowel] = PARTICLES[particle];
  const final = finalConsonantIndex(word);
  if (particle === '로' && final === RIEUL_FINAL) return afterVowel;
  return final === 0 ? afterVowel : afterConsonant;
}

/** `word` followed by the right particle, e.g. withParticle('책','를') === '책을'. */
export function withParticle(word: string, particle: Particle): string {
  return word + particleFor(word, particle);
}

const NATIVE_ONES = ['', '하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉'];
const NATIVE_ONES_ATTRIBUTIVE = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
const NATIVE_TENS = ['', '열', '스물', '서른', '마흔', '쉰', '예순', '일흔', '여든', '아흔'];

/** Native Korean numeral before a counter (한, 두, 세, 네, 스무, 스물한 …), 1..99. */
export function nativeNumeralAttributive(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`native numeral out of range 1..99: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 2 && ones === 0) return '스무';
  return NATIVE_TENS[tens] + NATIVE_ONES_ATTRIBUTIVE[ones];
}

/** Native Korean numeral standing alone (하나, 둘, 스물 …), 1..99. */
export function nativeNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`native numeral out of range 1..99: ${n}`);
  return NATIVE_TENS[Math.floor(n / 10)] + NATIVE_ONES[n % 10];
}

/** Counter nouns (단위 명사) by what is counted. */
export const COUNTERS = {
  person: '명',
  animal: '마리',
  vehicle: '대',
  machine: '대', // computers, TVs, appliances
  thing: '개',
  book: '권',
  flower: '송이',
  tree: '그루',
  plate: '접시',
  slice: '조각',
  pair: '켤레',
  bottle: '병',
  cup: '잔',
} as const;

export type CounterKind = keyof typeof COUNTERS;

/** "두 마리" — numeral plus counter. */
export function countWithCounter(n: number, counter: string): string {
  return `${nativeNumeralAttributive(n)} ${counter}`;
}

/** "개 두 마리" — the everyday noun-numeral-counter order. */
export function nounCount(noun: string, n: number, counter: string): string {
  return `${noun} ${countWithCounter(n, counter)}`;
}

/** "두 마리의 개" — numeral-counter-의 before the noun (written style). */
export function countOfNoun(noun: string, n: number, counter: string): string {
  return `${countWithCounter(n, counter)}의 ${noun}`;
}
