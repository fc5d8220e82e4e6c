// The number a line writes for a thing ("Seven pigeons", "12 bottles", "양 열 마리", "개 2마리"): numbers are a closed
// class, read here by rule; the planner's count head, which knows 1–4 and "several", covers the rest.

const EN: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, dozen: 12, pair: 2, couple: 2,
};
// native Korean numerals as they stand before a counter, longest first so 열두 is not read as 열
const KO: [string, number][] = ([
  ['한', 1], ['두', 2], ['세', 3], ['네', 4], ['다섯', 5], ['여섯', 6], ['일곱', 7], ['여덟', 8], ['아홉', 9], ['열', 10],
  ['열한', 11], ['열두', 12], ['열세', 13], ['열네', 14], ['스무', 20], ['하나', 1], ['둘', 2], ['셋', 3], ['넷', 4],
] as [string, number][]).sort((a, b) => b[0].length - a[0].length);
const COUNTERS = ['마리', '개', '대', '명', '잔', '그루', '송이', '척', '켤레', '자루', '병', '권', '장', '벌', '채', '사람', '분', '조각', '접시', '그릇'];

/** The number one word writes, or null: "7", "seven", "일곱", "두마리", "3잔", "2마리가". */
export function wordNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/[.,!?;:"'“”‘’()]/g, '');
  const digits = /^(\d{1,3})(\D*)$/u.exec(w);
  if (digits && (digits[2] === '' || COUNTERS.some((c) => digits[2].startsWith(c)))) return Number(digits[1]) || null;
  if (EN[w] !== undefined) return EN[w];
  for (const [numeral, n] of KO) {
    if (w === numeral) return n;
    // glued to its counter (두마리, 세잔): the numeral must be followed by a counter, so 세상 or 두부 are not numbers
    if (w.startsWith(numeral) && COUNTERS.some((c) => w.slice(numeral.length).startsWith(c))) return n;
  }
  return null;
}

/** The first number written in `words` (in order), or null. */
export function firstNumber(words: readonly string[]): number | null {
  for (const w of words) {
    const n = wordNumber(w);
    if (n !== null) return n;
  }
  return null;
}
