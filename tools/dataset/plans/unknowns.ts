// Nouns the catalogue lacks (a lion, a guitar, a hospital, a farmer), taken from the emoji annotations
// (OpenMoji English, emojibase Korean) so the tagger learns to flag what the planner cannot draw.
import { createRequire } from 'node:module';
import { ACTIONS } from '../../../src/features/composer/shared/catalog/actions.js';
import { OBJECTS } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { normaliseHexcode } from '../language/emojibase-ko.js';
import { objectNouns, settingWords } from '../language/lexicon.js';
import { pluralize } from '../language/english.js';
import { EXTRA_KIND_WORDS } from './synonyms.js';
import { PLACE_WORDS } from './places.js';

export type UnknownRole = 'creature' | 'thing' | 'place' | 'job';
export interface UnknownNoun { en: string; enPlural: string; ko: string; role: UnknownRole }

interface OpenMojiEntry { hexcode: string; group: string; subgroups: string; annotation: string; skintone: string }
interface EmojibaseEntry { hexcode: string; label: string }

const ROLE_OF: [RegExp, UnknownRole][] = [
  [/^animal-/, 'creature'],
  [/^person-role$/, 'job'],
  [/^place-building$|^place-religious$/, 'place'],
  [/^(plant-|food-|drink|dishware|musical-instrument|household|clothing|tool|office|book-paper|sport|game|light-video|science|medical|writing|music|transport-ground|transport-water|transport-air)/, 'thing'],
];

// Annotations that name a pose, a face, a symbol or an abstraction rather than a drawable noun.
const SKIP_EN = /face|\bman\b|\bwoman\b|\bperson\b|oncoming|symbol|sign|button|mark|light|track|departure|arrival|construction|bouncing|wood|tokyo|statue|classical|derelict|japanese|love|wedding|liberty|kaaba|shinto|hindu|ticket|suit|dragon|foggy|dango|oden|curry|bento|dashing|tanabata|crossed|pouring|popping|hot beverage|herb|fallen|leaf|leaves|seedling|microbe|lobster|card|joker|pool 8|flower playing|dart|yo-yo|bowling|fondue|custard|bubble|mate|cup with straw|beverage box|amphora|chopsticks|spoon|clinking|tumbler|spouting|cut of|meat on|poultry|bacon|butter|salt|falafel|tamale|burrito|taco|stuffed|flatbread|pretzel|bagel|waffle|croissant|baguette|pancakes|cheese|fortune|moon cake|shaved|oyster|shrimp|squid|rice|sake|bottle|bell pepper|chestnut|root|ginger|pea pod|jar|hyacinth|lotus|hibiscus|rosette|wilted|bouquet|plant|prince|princess|mage|ninja|mrs|santa|claus|superhero|supervillain|genie|vampire|zombie|elf|fairy|troll|merperson|baby angel|guard|detective|judge|skullcap|headscarf|tuxedo|veil|pregnant|feeding|breast|crown|turban|gua pi mao|health worker|technologist|singer|artist|student|cook|police|officer|astronaut|pilot|paw|feather|wing|web|bullseye|slider|knobs|score|note|film frames|clapper|label|link|chain|chart|nib|alembic|antenna|^bed$|wheel|fuel|motorway|brick|bomb|dagger|white cane|ledger|scroll|memo|green book|blue book|pick|hook|clamp|ring buoy|seat|briefs|prayer|hair pick|sari|kimono|thong|level|diya|balance|crystal|nesting|wheelchair|rickshaw|sauropod|dodo|phoenix|mammoth|flying saucer|ice$|takeout|canned|tropical|cricket game|pushpin|straight ruler|triangular|spiral|clipboard|file folder|plunger|safety pin|mouse trap|top hat|musical keyboard|bug|blossom|shamrock|empty nest|hot pepper/;

const isHangul = (s: string) => /^[가-힣]+( [가-힣]+)?$/.test(s);
const isWords = (s: string) => /^[a-z]+( [a-z]+)?$/.test(s);

// A few everyday nouns the emoji sets lack (a bench, a library) that scripts name all the time.
const HAND: UnknownNoun[] = [
  { en: 'bench', enPlural: 'benches', ko: '벤치', role: 'thing' },
  { en: 'library', enPlural: 'libraries', ko: '도서관', role: 'place' },
  { en: 'bakery', enPlural: 'bakeries', ko: '빵집', role: 'place' },
  { en: 'classroom', enPlural: 'classrooms', ko: '교실', role: 'place' },
  { en: 'bookstore', enPlural: 'bookstores', ko: '서점', role: 'place' },
  { en: 'hallway', enPlural: 'hallways', ko: '복도', role: 'place' },
  { en: 'rooftop', enPlural: 'rooftops', ko: '옥상', role: 'place' },
  { en: 'parking lot', enPlural: 'parking lots', ko: '주차장', role: 'place' },
  { en: 'pharmacy', enPlural: 'pharmacies', ko: '약국', role: 'place' },
  { en: 'laundromat', enPlural: 'laundromats', ko: '빨래방', role: 'place' },
  { en: 'teacher', enPlural: 'teachers', ko: '선생님', role: 'job' },
  { en: 'mail carrier', enPlural: 'mail carriers', ko: '집배원', role: 'job' },
  { en: 'lamp', enPlural: 'lamps', ko: '램프', role: 'thing' },
  { en: 'book', enPlural: 'books', ko: '책', role: 'thing' },
  { en: 'lion', enPlural: 'lions', ko: '사자', role: 'creature' },
  { en: 'wolf', enPlural: 'wolves', ko: '늑대', role: 'creature' },
  { en: 'frog', enPlural: 'frogs', ko: '개구리', role: 'creature' },
  { en: 'hamster', enPlural: 'hamsters', ko: '햄스터', role: 'creature' },
  { en: 'pilot', enPlural: 'pilots', ko: '조종사', role: 'job' },
  { en: 'astronaut', enPlural: 'astronauts', ko: '우주비행사', role: 'job' },
  { en: 'judge', enPlural: 'judges', ko: '판사', role: 'job' },
  { en: 'detective', enPlural: 'detectives', ko: '탐정', role: 'job' },
  { en: 'waiter', enPlural: 'waiters', ko: '웨이터', role: 'job' },
  { en: 'librarian', enPlural: 'librarians', ko: '사서', role: 'job' },
  { en: 'dentist', enPlural: 'dentists', ko: '치과 의사', role: 'job' },
  { en: 'plumber', enPlural: 'plumbers', ko: '배관공', role: 'job' },
  { en: 'chef', enPlural: 'chefs', ko: '주방장', role: 'job' },
  { en: 'gas station', enPlural: 'gas stations', ko: '주유소', role: 'place' },
  { en: 'museum', enPlural: 'museums', ko: '박물관', role: 'place' },
  { en: 'airport', enPlural: 'airports', ko: '공항', role: 'place' },
  { en: 'supermarket', enPlural: 'supermarkets', ko: '마트', role: 'place' },
  { en: 'backpack', enPlural: 'backpacks', ko: '배낭', role: 'thing' },
];

let cache: UnknownNoun[] | null = null;

function knownWords(): { en: Set<string>; ko: Set<string>; hex: Set<string> } {
  const en = new Set<string>(), ko = new Set<string>();
  for (const n of objectNouns()) {
    for (const w of [...n.en, ...n.enPlural, ...n.enIndexOnly]) en.add(w.toLowerCase());
    for (const w of [...n.ko, ...n.koIndexOnly]) ko.add(w);
  }
  for (const s of SETTINGS) {
    for (const w of settingWords(s.id).en) en.add(w.toLowerCase());
    for (const w of settingWords(s.id).ko) ko.add(w);
  }
  for (const words of Object.values(EXTRA_KIND_WORDS)) {
    for (const w of words.en) en.add(w.toLowerCase());
    for (const w of words.ko) ko.add(w);
  }
  for (const p of Object.values(PLACE_WORDS)) {
    for (const w of p.enNouns) en.add(w.toLowerCase());
    for (const w of p.koNouns) ko.add(w);
  }
  const hex = new Set<string>([...OBJECTS.map((o) => normaliseHexcode(o.hexcode)),
    ...ACTIONS.flatMap((a) => [a.hex.person, a.hex.man, a.hex.woman].filter((h): h is string => !!h).map(normaliseHexcode))]);
  return { en, ko, hex };
}

/** Every unknown noun, in a fixed order (emoji order, then the hand list). */
export function unknownNouns(): UnknownNoun[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const moji = require('openmoji/data/openmoji.json') as OpenMojiEntry[];
  const koLabels = new Map((require('emojibase-data/ko/data.json') as EmojibaseEntry[])
    .map((e) => [normaliseHexcode(e.hexcode), e.label]));
  const known = knownWords();
  const out: UnknownNoun[] = [];
  const seenEn = new Set<string>(), seenKo = new Set<string>();
  const clash = (en: string, ko: string) => {
    const words = en.split(' ');
    return known.en.has(en) || known.en.has(pluralize(en)) || words.some((w) => known.en.has(w))
      || known.ko.has(ko) || ko.split(' ').some((w) => known.ko.has(w));
  };
  for (const e of moji) {
    if (e.skintone) continue;
    const role = ROLE_OF.find(([re]) => re.test(e.subgroups))?.[1];
    if (!role) continue;
    const hex = normaliseHexcode(e.hexcode);
    const en = e.annotation.toLowerCase();
    const ko = koLabels.get(hex);
    if (!ko || known.hex.has(hex) || !isWords(en) || !isHangul(ko) || SKIP_EN.test(en)) continue;
    if (/얼굴|하는|있는|중인|남자|여자|모양|표시|기호/.test(ko) || clash(en, ko)) continue;
    if (seenEn.has(en) || seenKo.has(ko) || /[^s]s$/.test(en)) continue; // plural-only annotations (grapes, jeans)
    seenEn.add(en); seenKo.add(ko);
    out.push({ en, enPlural: pluralize(en), ko, role });
  }
  for (const h of HAND) if (!seenEn.has(h.en) && !clash(h.en, h.ko)) out.push(h);
  cache = out;
  return out;
}

export function unknownsOf(role: UnknownRole): UnknownNoun[] {
  return unknownNouns().filter((u) => u.role === role);
}
