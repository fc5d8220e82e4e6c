// English verb forms for phrases whose first word is the verb (markup braces allowed around it).
import { ingForm, thirdPerson } from '../language/english.js';

const PAST: Record<string, string> = {
  stand: 'stood', run: 'ran', ride: 'rode', swim: 'swam', take: 'took', go: 'went', make: 'made', do: 'did',
  catch: 'caught', throw: 'threw', cut: 'cut', get: 'got', sit: 'sat', shoot: 'shot', swing: 'swung', kneel: 'knelt',
  build: 'built', buy: 'bought', feed: 'fed', eat: 'ate', read: 'read', sleep: 'slept', sing: 'sang', drink: 'drank',
  write: 'wrote', think: 'thought', leave: 'left', spread: 'spread', grind: 'ground', hold: 'held', see: 'saw',
  lie: 'lay', wake: 'woke', find: 'found', bring: 'brought', is: 'was', are: 'were', have: 'had', put: 'put',
  keep: 'kept', give: 'gave', drive: 'drove', draw: 'drew', trek: 'trekked', come: 'came', fall: 'fell', say: 'said', feel: 'felt', meet: 'met', begin: 'began',
  spend: 'spent', hang: 'hung', hide: 'hid', win: 'won', wear: 'wore', fly: 'flew', sweep: 'swept', hear: 'heard',
  pump: 'pumped', fry: 'fried', drop: 'dropped', stir: 'stirred', chop: 'chopped', shave: 'shaved', pitch: 'pitched',
};

export type EnForm = 'base' | 's' | 'ing' | 'past';

export function pastOf(verb: string): string {
  if (PAST[verb]) return PAST[verb];
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb[verb.length - 1]}ed`;
  return `${verb}ed`;
}

export function verbForm(verb: string, form: EnForm): string {
  if (form === 'base') return verb;
  if (form === 's') return thirdPerson(verb);
  if (form === 'ing') return ingForm(verb);
  return pastOf(verb);
}

/** Inflects the first word of a phrase (markup allowed): "{a:swim} {p:laps}" → "{a:swims} {p:laps}". */
export function inflect(phrase: string, form: EnForm): string {
  return phrase.replace(/^(\{\w+:)?([a-z-]+)/, (_, brace: string | undefined, verb: string) => (brace ?? '') + verbForm(verb, form));
}
