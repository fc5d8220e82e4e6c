// The treatment read as a script: a scene line starts a panel, the dialogue lines under it belong to that panel.
// Pure and total: any text parses (never throws), in time linear in its length, and nothing is ever dropped.
//
// The format, line by line (each line trimmed first, so indenting dialogue under its scene is fine):
//   Name: "text"    speech (“ ” ‘ ’ 「 」 『 』 ＂ too; colon ':' or full-width '：'; a name may have spaces)
//   Name: (text)    thought ('（ ）' too)
//   Name: "text!!"  a shout: speech whose text ends in two or more '!' (or '！'); the '!!' stays in the text
//   [text]          a narration box ('［ ］', '【 】' too)
//   *text*          a sound effect ('＊' too; '**text**' is the same sfx)
//   (blank) / ---   a longer gutter (time skip) before the next scene line; also '***', '===', '——'
//   anything else   a scene line: one panel
// Decided edge cases:
//   - Speech needs the quote or paren form: "Note: the park is closed." is a scene. A name is 1–30 characters,
//     at most 4 words, holds a letter or digit, no quote, bracket, '*' or colon, and does not end in . , ! ? ; …
//     A sentence that introduces a quote is a scene too: several words ending in a saying verb ("She whispers:
//     "Run."", "The sign reads: "Closed"") or a Korean predicate ("민지가 말한다: "가자."").
//   - Dialogue above the first scene line is kept, given to the first panel, and reported ('before-first-scene');
//     with no scene line at all it is kept in `unplaced` (and reported).
//   - An empty balloon (`Mina: ""`, `[]`, `**`) is kept with text '' and reported ('empty-text').
//   - A quote or paren opened after `Name:` but not closed at the line's end is still that dialogue: its text runs
//     to the line's end, reported ('unclosed') — e.g. `Mina: "hi" she said.` gives the text `hi" she said.`.
//     A line opened with '[' and never closed is an unclosed narration; one whose ']' comes before the end
//     (`[Flashback] Mina at ten.`) is a scene. A '*' without its closing '*' is a scene ('* Mina runs.').
//   - A nameless quote (`"Hello!"`) and a nameless paren (`(Flashback) …`) are scenes.
//   - Markup (`<b>…</b>`) is text, never interpreted; length is not judged here (the strip's rules do that).
//   - A blank line or '---' anywhere after a scene line makes the next scene line's gutter 'long' (dialogue between
//     them stays with the earlier panel: a caption for the new panel goes under its scene line); the first panel's
//     gutter is always 'normal' (there is nothing before it to skip from).
//   - CR, LF and CRLF all end a line; line numbers are 1-based, as the editor counts them.
import type { ScriptLine, ScriptLineKind, ScriptPanel, ScriptProblem, TreatmentScript } from './script-contract';

/** Opening quote → the closing quotes it accepts. */
const QUOTES: Record<string, string> = {
  '"': '"”',
  '“': '”"',
  '”': '”"',
  '‘': '’\'',
  "'": '\'’',
  '「': '」',
  '『': '』',
  '＂': '＂"',
};
const PARENS: Record<string, string> = { '(': ')）', '（': '）)' };
const BOXES: Record<string, string> = { '[': ']］', '［': '］]', '【': '】' };
const STARS = '*＊';

const GUTTER = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:=[ \t]*){3,}|(?:[—―─][ \t]*){2,})$/;
/** A speech whose text ends like this is a shout (the text keeps its "!!"). */
export const SHOUT = /[!！]{2,}$/;
const MAX_NAME_CHARS = 30;
const MAX_NAME_WORDS = 4;
/** Characters a speaker's name may not hold: quotes, brackets, stars, colons. */
const NOT_IN_NAME = /["“”「」『』＂()（）[\]［］【】*＊:：]/;
const NAME_END = /[.,!?;…。、！？]$/;
const HAS_LETTER = /[\p{L}\p{N}]/u;
/** A last word that says the line is a sentence introducing a quote, not a speaker: "She whispers: "Run."" */
const SAYING = new Set(
  ('say says said ask asks asked shout shouts shouted yell yells yelled cry cries cried whisper whispers whispered ' +
    'reply replies replied answer answers answered think thinks thought scream screams screamed mutter mutters ' +
    'muttered murmur murmurs murmured call calls called read reads write writes wrote sing sings sang sigh sighs ' +
    'sighed exclaim exclaims exclaimed begin begins began continue continues continued').split(' '),
);
/** A Korean predicate at the end (말한다, 외쳤다, 묻는다, 생각했다): a sentence, not a name. */
const KO_PREDICATE = /[\uac00-\ud7a3]다$/u;

type Parsed = { kind: ScriptLineKind; speaker?: string; text: string; unclosed: boolean } | 'gutter' | null;

function isName(name: string): boolean {
  if (!name || NOT_IN_NAME.test(name) || NAME_END.test(name) || !HAS_LETTER.test(name)) return false;
  let chars = 0;
  for (const _ of name) if (++chars > MAX_NAME_CHARS) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  const last = words[words.length - 1];
  return !(words.length > 1 && SAYING.has(last.toLowerCase())) && !(words.length > 1 && KO_PREDICATE.test(last));
}

/** The text between an opener (first character) and one of its closers at the very end. */
function enclosed(rest: string, closers: string): { text: string; unclosed: boolean } {
  const last = rest.length > 1 ? rest[rest.length - 1] : '';
  if (last && closers.includes(last)) return { text: rest.slice(1, -1).trim(), unclosed: false };
  return { text: rest.slice(1).trim(), unclosed: true };
}

/** What one trimmed, non-blank line is: dialogue, a gutter mark, or null for a scene line. */
export function classifyLine(line: string): Parsed {
  if (GUTTER.test(line)) return 'gutter';
  const first = line[0];
  const box = BOXES[first];
  if (box) {
    const r = enclosed(line, box);
    // a ']' before the end: the bracket was a tag on a scene ("[Flashback] Mina at ten.")
    if (r.unclosed && [...box].some((c) => line.includes(c, 1))) return null;
    return { kind: 'narration', ...r };
  }
  if (STARS.includes(first) && line.length >= 2 && STARS.includes(line[line.length - 1])) {
    let a = 0;
    let b = line.length;
    while (a < b && STARS.includes(line[a])) a++;
    while (b > a && STARS.includes(line[b - 1])) b--;
    return { kind: 'sfx', text: line.slice(a, b).trim(), unclosed: false };
  }
  const colon = firstColon(line);
  if (colon < 0) return null;
  const speaker = line.slice(0, colon).trim();
  const rest = line.slice(colon + 1).trim();
  if (!rest || !isName(speaker)) return null;
  const quote = QUOTES[rest[0]];
  if (quote) {
    const r = enclosed(rest, quote);
    return { kind: SHOUT.test(r.text) ? 'shout' : 'speech', speaker, ...r };
  }
  const paren = PARENS[rest[0]];
  if (paren) return { kind: 'thought', speaker, ...enclosed(rest, paren) };
  return null;
}

/** The first ':' or '：' within a name's reach (a colon further in cannot follow a name). */
function firstColon(line: string): number {
  const reach = Math.min(line.length, MAX_NAME_CHARS * 2 + 8);
  for (let i = 0; i < reach; i++) if (line[i] === ':' || line[i] === '：') return i;
  return -1;
}

export function parseTreatmentScript(text: string): TreatmentScript {
  const panels: ScriptPanel[] = [];
  const early: ScriptLine[] = [];
  const problems: ScriptProblem[] = [];
  let gap = false;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    const parsed = trimmed ? classifyLine(trimmed) : 'gutter';
    if (parsed === 'gutter') {
      gap = true;
      return;
    }
    if (parsed === null) {
      panels.push({ scene: trimmed, sceneLine: line, lines: [], gutterBefore: gap && panels.length > 0 ? 'long' : 'normal' });
      gap = false;
      return;
    }
    const item: ScriptLine = { kind: parsed.kind, text: parsed.text, line };
    if (parsed.speaker !== undefined) item.speaker = parsed.speaker;
    if (parsed.unclosed) problems.push({ kind: 'unclosed', line });
    if (parsed.text === '') problems.push({ kind: 'empty-text', line });
    const panel = panels[panels.length - 1];
    if (panel) panel.lines.push(item);
    else {
      early.push(item);
      problems.push({ kind: 'before-first-scene', line });
    }
  });
  if (panels.length > 0) panels[0].lines.unshift(...early);
  problems.sort((a, b) => a.line - b.line);
  return { panels, unplaced: panels.length > 0 ? [] : early, problems };
}

/** The scene lines alone: what the planner and Generate read, one panel each. */
export function sceneLines(text: string): string[] {
  return parseTreatmentScript(text).panels.map((p) => p.scene);
}
