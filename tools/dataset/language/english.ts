// English morphology the captions need: articles, plurals, number words, verb forms.

const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men', woman: 'women', person: 'people', child: 'children', foot: 'feet', tooth: 'teeth',
  mouse: 'mice', goose: 'geese', sheep: 'sheep', deer: 'deer', fish: 'fish', knife: 'knives',
  leaf: 'leaves', shelf: 'shelves', wolf: 'wolves', calf: 'calves', loaf: 'loaves', skis: 'skis',
  fries: 'fries', 'french fries': 'french fries', sushi: 'sushi', broccoli: 'broccoli', spaghetti: 'spaghetti',
  bus: 'buses', cactus: 'cacti', potato: 'potatoes', tomato: 'tomatoes', hero: 'heroes',
};

/** Plural of a noun phrase; the head is the last word, or the word before "of" ("cup of tea" → "cups of tea"). */
export function pluralize(phrase: string): string {
  const ofAt = phrase.indexOf(' of ');
  if (ofAt > 0) return pluralize(phrase.slice(0, ofAt)) + phrase.slice(ofAt);
  if (IRREGULAR_PLURALS[phrase] !== undefined) return IRREGULAR_PLURALS[phrase];
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(space + 1);
  const before = phrase.slice(0, space + 1);
  if (IRREGULAR_PLURALS[head] !== undefined) return before + IRREGULAR_PLURALS[head];
  if (/[^u]man$/.test(head)) return `${before}${head.slice(0, -3)}men`; // snowman → snowmen, fireman → firemen
  if (/(s|x|z|ch|sh)$/.test(head)) return `${before}${head}es`;
  if (/[^aeiou]y$/.test(head)) return `${before}${head.slice(0, -1)}ies`;
  return `${before}${head}s`;
}

/** Words that start with a vowel letter but a consonant sound, or the reverse. */
const CONSONANT_SOUND = /^(one|once|uni|use|usu|euro|ewe|u[rt]i)/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(nextWord: string): 'a' | 'an' {
  if (VOWEL_SOUND.test(nextWord)) return 'an';
  if (CONSONANT_SOUND.test(nextWord)) return 'a';
  if (/^[8]/.test(nextWord)) return 'an';
  return /^[aeiou]/i.test(nextWord) ? 'an' : 'a';
}

export function withIndefinite(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve'];

export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`numberWord: not a count: ${n}`);
  return NUMBER_WORDS[n] ?? String(n);
}

/** "a dog", "two dogs", "three sheep"; `plural` overrides the computed plural. */
export function countedNoun(n: number, singular: string, plural?: string): string {
  if (n === 1) return withIndefinite(singular);
  return `${numberWord(n)} ${plural ?? pluralize(singular)}`;
}

/** Doubles the final consonant for one-syllable consonant-vowel-consonant verbs (run → running). */
function doublesFinal(verb: string): boolean {
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) && !/^(ski)$/.test(verb);
}

/** Present participle of a bare verb: ride → riding, sit → sitting, lie → lying, ski → skiing. */
export function ingForm(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(verb) || /[^e]ue$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (doublesFinal(verb)) return `${verb}${verb[verb.length - 1]}ing`;
  return `${verb}ing`;
}

/** Third person singular present: ride → rides, watch → watches, fly → flies, go → goes. */
export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Capitalise the first letter and make sure the sentence ends with a full stop. */
export function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** "a, b and c" */
export function joinList(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}
