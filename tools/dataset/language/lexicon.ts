// The bilingual lexicon: one entry per catalog object and setting, built from the curated tables
// (nouns-objects.ts, nouns-settings.ts) joined with the Korean emoji labels of the sprites.
import { OBJECTS, objectKind, type Category } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { koreanEmojiLabel } from './emojibase-ko.js';
import { pluralize } from './english.js';
import { COUNTERS } from './korean.js';
import { OBJECT_NOUNS } from './nouns-objects.js';
import { SETTING_WORDS, type SettingWords } from './nouns-settings.js';

export interface NounEntry {
  id: string;
  category: Category;
  /** English singular nouns, first = default. */
  en: string[];
  /** Plural of each `en` noun, same order. */
  enPlural: string[];
  /** Korean nouns, first = default. */
  ko: string[];
  /** Korean counter noun (명, 마리, 대, 개 …). */
  counter: string;
  /** Optional adjective true of the sprite: [en, ko modifier]. */
  adj?: [string, string];
  /** Words that verb phrases may use for it ("mountain bike"); indexed, never picked as nouns. */
  enIndexOnly: string[];
  koIndexOnly: string[];
}

const CATEGORY_COUNTERS: Record<Category, string> = {
  person: COUNTERS.person,
  animal: COUNTERS.animal,
  vehicle: COUNTERS.vehicle,
  electronics: COUNTERS.machine,
  food: COUNTERS.thing,
  kitchen: COUNTERS.thing,
  furniture: COUNTERS.thing,
  bathroom: COUNTERS.thing,
  sports: COUNTERS.thing,
  scenery: COUNTERS.thing,
};

const unique = (items: string[]): string[] => [...new Set(items)];

function buildEntry(id: string): NounEntry {
  const kind = objectKind(id);
  const source = OBJECT_NOUNS[id];
  if (!source) throw new Error(`lexicon: no caption nouns for catalog object "${id}" (add it to nouns-objects.ts)`);
  const label = koreanEmojiLabel(kind.hexcode);
  const koWords = source.ko.split('|');
  const ko = unique(koWords.filter((w) => !w.startsWith('+')).flatMap((word) => {
    if (word !== '~') return [word];
    if (!label) throw new Error(`lexicon: "${id}" (${kind.hexcode}) has no emojibase label; write its Korean noun`);
    return [label];
  }));
  const enWords = source.en.split('|');
  const en = enWords.filter((w) => !w.startsWith('+'));
  const indexOnly = (words: string[]) => words.filter((w) => w.startsWith('+')).map((w) => w.slice(1));
  return {
    id, category: kind.category, en, enPlural: en.map(pluralize), ko,
    enIndexOnly: indexOnly(enWords).flatMap((w) => [w, pluralize(w)]), koIndexOnly: indexOnly(koWords),
    counter: source.counter ?? CATEGORY_COUNTERS[kind.category],
    adj: source.adj,
  };
}

let entries: Map<string, NounEntry> | null = null;

function allEntries(): Map<string, NounEntry> {
  if (!entries) entries = new Map(OBJECTS.map((o) => [o.id, buildEntry(o.id)]));
  return entries;
}

export function objectNoun(id: string): NounEntry {
  const entry = allEntries().get(id);
  if (!entry) throw new Error(`lexicon: unknown object kind "${id}"`);
  return entry;
}

export function objectNouns(): NounEntry[] {
  return [...allEntries().values()];
}

export function settingWords(id: string): SettingWords {
  const words = SETTING_WORDS[id];
  if (!words) throw new Error(`lexicon: no words for setting "${id}" (add it to nouns-settings.ts)`);
  return words;
}

/** Names for dataset.json: the default noun in each language. */
export function objectNames(): { id: string; en: string; ko: string; category: Category }[] {
  return objectNouns().map((e) => ({ id: e.id, en: e.en[0], ko: e.ko[0], category: e.category }));
}

export function settingNames(): { id: string; en: string; ko: string }[] {
  return SETTINGS.map((s) => ({ id: s.id, en: settingWords(s.id).en[0], ko: settingWords(s.id).ko[0] }));
}
