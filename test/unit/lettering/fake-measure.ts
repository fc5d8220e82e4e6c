// A fixed text measure for exact expectations: a wide (Hangul, CJK, emoji) character is 1 em, a space 0.25 em,
// anything else 0.5 em, where the em is the px size in the CSS font shorthand.
import type { MeasureText } from '../../../src/features/lettering/shared/lettering-canvas';

export function emOf(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  if (!m) throw new Error(`no px size in font "${font}"`);
  return Number(m[1]);
}

const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef\u{1f300}-\u{1faff}]/u;

export const fakeMeasure: MeasureText = (text, font) => {
  const em = emOf(font);
  let w = 0;
  for (const ch of text) w += ch === ' ' ? 0.25 * em : WIDE.test(ch) ? em : 0.5 * em;
  return w;
};

/** The fake measure, counting its calls. */
export function countingMeasure(): { measure: MeasureText; calls: () => number } {
  let n = 0;
  return { measure: (t, f) => (n++, fakeMeasure(t, f)), calls: () => n };
}
