// A noun index over the whole lexicon and a mention finder, so tests (and the dataset card) can
// read which objects, settings and surfaces a caption names, and with what count.
import { SURFACE_IDS } from '../../../src/features/composer/shared/catalog/settings.js';
import { numberWord } from './english.js';
import { COUNTERS, nativeNumeralAttributive } from './korean.js';
import { objectNouns, settingWords } from './lexicon.js';
import { SETTING_WORDS, SURFACE_WORDS, surfaceWords } from './nouns-settings.js';

/** Index keys map to tags such as "object:dog", "setting:park", "surface:table". */
export type NounIndex = Map<string, Set<string>>;
export interface Mention { phrase: string; tags: Set<string>; count: number | null }

let cache: { en: NounIndex; ko: NounIndex } | null = null;

function add(index: NounIndex, key: string, tag: string): void {
  const k = key.toLowerCase();
  if (!index.has(k)) index.set(k, new Set());
  index.get(k)!.add(tag);
}

export function nounIndex(): { en: NounIndex; ko: NounIndex } {
  if (cache) return cache;
  const en: NounIndex = new Map();
  const ko: NounIndex = new Map();
  for (const e of objectNouns()) {
    [...e.en, ...e.enPlural, ...e.enIndexOnly].forEach((w) => add(en, w, `object:${e.id}`));
    [...e.ko, ...e.koIndexOnly].forEach((w) => add(ko, w, `object:${e.id}`));
  }
  for (const id of Object.keys(SETTING_WORDS)) {
    const w = settingWords(id);
    w.en.forEach((x) => add(en, x, `setting:${id}`));
    w.ko.forEach((x) => add(ko, x, `setting:${id}`));
  }
  for (const id of SURFACE_IDS) {
    for (const w of [SURFACE_WORDS[id], surfaceWords(id, 'bathroom')]) {
      w.en.forEach((x) => add(en, x, `surface:${id}`));
      w.ko.forEach((x) => add(ko, x, `surface:${id}`));
    }
  }
  cache = { en, ko };
  return cache;
}

const EN_NUMBERS = new Map<string, number>([['a', 1], ['an', 1], ...Array.from({ length: 12 }, (_, i) => [numberWord(i + 1), i + 1] as [string, number])]);
const KO_NUMBERS = new Map<string, number>(Array.from({ length: 20 }, (_, i) => [nativeNumeralAttributive(i + 1), i + 1]));
const KO_PARTICLES = ['에서는', '에서', '이랑', '으로', '과', '와', '이', '가', '은', '는', '을', '를', '로', '랑', '에', '의', '도'];
const MAX_WORDS = 4;
/** Counter nouns; 개 after a numeral counts things, it is not a dog. */
const KO_COUNTERS = new Set([...Object.values(COUNTERS), '채', '척', '자루', '통', '쌍', '판']);

/** English mentions, longest phrase first; the count is read from "a"/"two"… up to two words before. */
export function findEnglishMentions(text: string): Mention[] {
  const index = nounIndex().en;
  const tokens = text.toLowerCase().replace(/[^a-z0-9' -]/g, ' ').split(/\s+/).filter(Boolean);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const tags = index.get(phrase);
      if (!tags) continue;
      const before = [tokens[i - 1], tokens[i - 2]].find((t) => t !== undefined && EN_NUMBERS.has(t));
      found.push({ phrase, tags, count: before ? EN_NUMBERS.get(before)! : null });
      i += n - 1;
      break;
    }
  }
  return found;
}

function koLookup(index: NounIndex, words: string[]): { key: string; tags: Set<string>; bare: boolean } | null {
  const head = words.slice(0, -1).join(' ');
  const last = words[words.length - 1];
  const forms = [last, ...KO_PARTICLES.filter((p) => last.endsWith(p) && last.length > p.length).map((p) => last.slice(0, -p.length))];
  for (const form of forms) {
    const key = head ? `${head} ${form}` : form;
    const tags = index.get(key);
    if (tags) return { key, tags, bare: form === last };
  }
  return null;
}

/** Korean mentions; counters after a numeral (개 in 사과 두 개) are not nouns. Counts: 개 두 마리, 두 마리의 개, 두 남자. */
export function findKoreanMentions(text: string): Mention[] {
  const index = nounIndex().ko;
  // Commas stay as tokens: a numeral after a comma starts the next phrase.
  const tokens = text.toLowerCase().replace(/[.!?]/g, ' ').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && KO_NUMBERS.has(tokens[i - 1])) continue; // a counter, or a noun counted before it (두 남자)
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const hit = koLookup(index, tokens.slice(i, i + n));
      if (!hit) continue;
      let count: number | null = null;
      // 개 두 마리: the numeral follows a bare noun (one with a particle ends its phrase).
      if (hit.bare && KO_NUMBERS.has(tokens[i + n])) count = KO_NUMBERS.get(tokens[i + n])!;
      else if (i >= 2 && tokens[i - 1].endsWith('의') && KO_NUMBERS.has(tokens[i - 2])) count = KO_NUMBERS.get(tokens[i - 2])!;
      found.push({ phrase: hit.key, tags: hit.tags, count });
      i += n - 1;
      break;
    }
  }
  // "두 남자", "한 소녀": a numeral directly before a noun.
  for (let i = 1; i < tokens.length; i++) {
    if (!KO_NUMBERS.has(tokens[i - 1])) continue;
    const hit = koLookup(index, [tokens[i]]);
    if (hit && !KO_COUNTERS.has(hit.key)) found.push({ phrase: hit.key, tags: hit.tags, count: KO_NUMBERS.get(tokens[i - 1])! });
  }
  return found;
}

export function findMentions(text: string, lang: 'en' | 'ko'): Mention[] {
  return lang === 'en' ? findEnglishMentions(text) : findKoreanMentions(text);
}
