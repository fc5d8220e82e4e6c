// Korean sentence endings for a dictionary-form verb phrase: -ㄴ다/는다, -았다/었다, -고 있다, -는 중이다,
// -아요/어요, -네, -지 and their mixes; "~" marks a state verb said with 있다 (서 있다).
import { infinitive, plainPresent, presentModifier } from '../language/korean-verbs.js';

export type KoEnding =
  | 'plain' | 'past' | 'prog' | 'jung' | 'yo' | 'prog_yo' | 'past_yo' | 'ne' | 'prog_ne' | 'past_ji' | 'prog_ji'
  | 'past_prog' | 'yo_ne' | 'eo' | 'past_eo' | 'prog_eo' | 'deora' | 'guna';

export const KO_ENDINGS: readonly KoEnding[] = ['plain', 'past', 'prog', 'jung', 'yo', 'prog_yo', 'past_yo', 'ne',
  'prog_ne', 'past_ji', 'prog_ji', 'past_prog', 'yo_ne', 'eo', 'past_eo', 'prog_eo', 'deora', 'guna'];
// Written narration (-ㄴ다, -았다, -고 있다) dominates treatments; spoken endings (-아요, -네, -지, -어, -더라) follow.
export const KO_ENDING_WEIGHTS = [22, 16, 18, 6, 8, 5, 5, 5, 3, 3, 2, 4, 3, 3, 3, 2, 2, 2];

const BASE = 0xac00;
const SSANG_SIOT = 20;
const RIEUL = 8;

function addTail(word: string, tail: number): string {
  const last = word.codePointAt(word.length - 1)! - BASE;
  return word.slice(0, -1) + String.fromCodePoint(BASE + last - (last % 28) + tail);
}

interface Parsed { head: string; stem: string; dict: string; inf: string; state: boolean }

/** "걷다/걸어" → stem 걷, -아/어 form 걸어; "~서다" → a state verb. */
export function parseVerb(spec: string): Parsed {
  const state = spec.startsWith('~');
  const [dictFull, infOverride] = (state ? spec.slice(1) : spec).split('/');
  const body = dictFull.slice(0, -1);
  const space = body.lastIndexOf(' ');
  const inf = infOverride ? dictFull.slice(0, space + 1) + infOverride : infinitive(dictFull);
  return { head: body.slice(0, space + 1), stem: body.slice(space + 1), dict: dictFull, inf, state };
}

const ISSDA: Record<KoEnding, string> = {
  plain: '있다', past: '있었다', prog: '있다', jung: '있다', yo: '있어요', prog_yo: '있어요', past_yo: '있었어요',
  ne: '있네', prog_ne: '있네', past_ji: '있었지', prog_ji: '있지', past_prog: '있었다', yo_ne: '있네요',
  eo: '있어', past_eo: '있었어', prog_eo: '있어', deora: '있더라', guna: '있구나',
};

/** 있다 itself in the line's ending. */
export const issda = (ending: KoEnding): string => ISSDA[ending];

/** The finite verb phrase with `ending`. */
export function conjugate(spec: string, ending: KoEnding): string {
  const v = parseVerb(spec);
  if (v.state) return `${v.inf} ${ISSDA[ending]}`;
  const { head, stem } = v;
  const dropL = (stem.codePointAt(stem.length - 1)! - BASE) % 28 === RIEUL ? addTail(stem, 0) : stem; // 놀다 → 노네
  switch (ending) {
    case 'plain': return plainPresent(v.dict);
    case 'past': return `${addTail(v.inf, SSANG_SIOT)}다`;
    case 'prog': return `${head}${stem}고 있다`;
    case 'jung': return `${presentModifier(v.dict)} 중이다`;
    case 'yo': return `${v.inf}요`;
    case 'prog_yo': return `${head}${stem}고 있어요`;
    case 'past_yo': return `${addTail(v.inf, SSANG_SIOT)}어요`;
    case 'ne': return `${head}${dropL}네`;
    case 'prog_ne': return `${head}${stem}고 있네`;
    case 'past_ji': return `${addTail(v.inf, SSANG_SIOT)}지`;
    case 'prog_ji': return `${head}${stem}고 있지`;
    case 'past_prog': return `${head}${stem}고 있었다`;
    case 'yo_ne': return `${head}${dropL}네요`;
    case 'eo': return v.inf;
    case 'past_eo': return `${addTail(v.inf, SSANG_SIOT)}어`;
    case 'prog_eo': return `${head}${stem}고 있어`;
    case 'deora': return `${head}${stem}더라`;
    case 'guna': return `${presentModifier(v.dict)}구나`;
  }
}

/** Non-final forms: -고 (and), -다가 (while), -는 (modifier), -아서/어서 (so), -자 (as soon as). */
export function connect(spec: string, form: 'go' | 'daga' | 'neun' | 'seo' | 'ja'): string {
  const v = parseVerb(spec);
  if (v.state) return form === 'neun' ? `${v.inf} 있는` : form === 'go' ? `${v.inf} 있고` : `${v.inf} 있다가`;
  if (form === 'neun') return presentModifier(v.dict);
  if (form === 'seo') return `${v.inf}서`;
  return `${v.head}${v.stem}${form === 'go' ? '고' : form === 'daga' ? '다가' : '자'}`;
}

/** Applies `f` to the verb at the end of a markup phrase ("{p:이를 닦다}" or "{p:기차를} {a:기다리다}"). */
export function onFinalVerb(markupText: string, f: (spec: string) => string): string {
  const m = /^(.*?)(\{\w+:)?([^{}]*?)(\})?$/.exec(markupText)!;
  const [, before, open = '', body, close = ''] = m;
  // Only the last word group is the verb; the braces stay where they were.
  const verbAt = body.search(/(~?[^ ]*다(\/[^ ]+)?)$/);
  const lead = body.slice(0, verbAt);
  // The verb's own head (e.g. "이를 ") stays outside the conjugation, which keeps multiword heads intact.
  return `${before}${open}${lead}${f(body.slice(verbAt))}${close}`;
}
