// Line breaking for balloon text. Korean breaks only between words (CSS `word-break: keep-all`), English the same;
// a word wider than the line is broken between characters (grapheme clusters, so no emoji or syllable is split);
// '\n' is a forced break. Text is plain text: nothing here interprets markup.
import type { MeasureText } from './lettering-canvas';

/** Characters of one balloon that are laid out and drawn; the rest is kept in the balloon but not shown. */
export const MAX_BALLOON_TEXT = 500;
/** Forced lines ('\n') of one balloon that are laid out; 500 newlines would make a balloon 20,000 px tall. */
export const MAX_BALLOON_LINES = 30;
/** Put where a text was cut for drawing. */
export const TRUNCATION_MARK = '…';

export interface ClampedText {
  text: string;
  /** The balloon's text is longer than what is laid out (the UI says so; the text itself is kept whole). */
  truncated: boolean;
}

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/**
 * The part of a balloon's text that is laid out: line ends made '\n', control characters made spaces, at most
 * MAX_BALLOON_TEXT characters and MAX_BALLOON_LINES lines. Reads no further than the cut, so 10,000 characters cost
 * no more than 500.
 */
export function clampBalloonText(text: string): ClampedText {
  let chars = 0;
  let breaks = 0;
  let end = 0;
  let truncated = false;
  for (const ch of text) {
    if (chars === MAX_BALLOON_TEXT) {
      truncated = true;
      break;
    }
    if (ch === '\n' || ch === '\r') {
      // CRLF is one break
      if (ch === '\n' && end > 0 && text[end - 1] === '\r') {
        end += 1;
        continue;
      }
      if (++breaks === MAX_BALLOON_LINES) {
        truncated = true;
        break;
      }
    }
    chars += 1;
    end += ch.length;
  }
  const kept = text.slice(0, end).replace(/\r\n?/g, '\n').replace(CONTROL, ' ');
  return { text: truncated ? kept.replace(/\s+$/, '') + TRUNCATION_MARK : kept, truncated };
}

// Spaces that separate words; a no-break space (U+00A0) joins them, as in CSS.
const SPACES = /[ \t\u1680\u2000-\u200a\u205f\u3000]+/;
let graphemes: Intl.Segmenter | undefined;

function splitGraphemes(word: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(word), (s) => s.segment);
}

/** Breaks a word wider than the line between characters; the last piece is returned to start the next line. */
function breakWord(word: string, maxWidth: number, font: string, measure: MeasureText, out: string[]): string {
  let piece = '';
  for (const g of splitGraphemes(word)) {
    if (piece !== '' && measure(piece + g, font) > maxWidth) {
      out.push(piece);
      piece = g;
    } else piece += g;
  }
  return piece;
}

/** Greedy line breaking of `text` at `maxWidth` px; every line is trimmed, an empty paragraph stays an empty line. */
export function breakLines(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const width = Number.isNaN(maxWidth) ? Infinity : Math.max(1, maxWidth);
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(SPACES).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate, font) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') out.push(line);
      line = measure(word, font) <= width ? word : breakWord(word, width, font, measure, out);
    }
    out.push(line);
  }
  return out;
}

export function widestLine(lines: readonly string[], font: string, measure: MeasureText): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measure(line, font));
  return widest;
}

/**
 * The narrowest whole-pixel width up to `maxWidth` at which `text` breaks into at most `count` lines, and those
 * lines; null when even `maxWidth` needs more.
 */
export function narrowestLines(text: string, count: number, maxWidth: number, font: string, measure: MeasureText): string[] | null {
  const widest = breakLines(text, maxWidth, font, measure);
  if (widest.length > count) return null;
  if (widest.length < 2 && count >= 1 && widest.length === count) return widest;
  let hi = Math.ceil(widestLine(widest, font, measure));
  let lo = 0;
  // Line count only grows as the width shrinks, so the narrowest width with `count` lines is found by bisection.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (breakLines(text, mid, font, measure).length <= count) hi = mid;
    else lo = mid;
  }
  return breakLines(text, hi, font, measure);
}

/**
 * Lines as even as they can be: the narrowest whole-pixel width that still gives as many lines as greedy breaking
 * at `maxWidth` — a balloon of two lines gets two halves rather than a full line and a word.
 */
export function balancedLines(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const greedy = breakLines(text, maxWidth, font, measure);
  if (greedy.length < 2) return greedy;
  return narrowestLines(text, greedy.length, maxWidth, font, measure) ?? greedy;
}
