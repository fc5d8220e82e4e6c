import { describe, expect, it } from 'vitest';
import { setTimeSkip } from '../../../src/features/lettering/shared/treatment-gutters';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';

const gutters = (text: string) => parseTreatmentScript(text).panels.map((p) => p.gutterBefore);

describe('time skips set from the page', () => {
  it('adds a blank line above the scene for a time skip, keeping every other line', () => {
    const text = 'Mina runs.\nMina: "Wait!"\nA cat sleeps.\r\nB.';
    const out = setTimeSkip(text, 1, true);
    // one line ending for the whole text: the first one it used
    expect(out).toBe('Mina runs.\nMina: "Wait!"\n\nA cat sleeps.\nB.');
    expect(gutters(out)).toEqual(['normal', 'long', 'normal']);
  });

  it('removes the blank and --- lines since the previous scene for a normal gutter', () => {
    const text = 'A.\n\n[Later]\n---\n\nB.\n\nC.';
    const out = setTimeSkip(text, 1, false);
    expect(out).toBe('A.\n[Later]\nB.\n\nC.');
    expect(gutters(out)).toEqual(['normal', 'normal', 'long']);
  });

  it('leaves the text alone when it already says so, for the first panel, or out of range', () => {
    const text = 'A.\n\nB.';
    expect(setTimeSkip(text, 1, true)).toBe(text);
    expect(setTimeSkip(text, 0, true)).toBe(text);
    expect(setTimeSkip(text, 5, false)).toBe(text);
  });

  it('keeps the line ending the text uses', () => {
    expect(setTimeSkip('A.\r\nB.', 1, true)).toBe('A.\r\n\r\nB.');
  });
});
