// The two gutters the treatment itself writes — a normal one, and a time skip (a blank line or `---` between two
// scenes) — set from the page: picking the time-skip size adds a blank line above the scene line, picking the normal
// size removes the blank and `---` lines between the scene and the one before. The treatment stays the one source of
// them (other sizes are page edits only). Pure text in, text out; every other line is kept as written.
import { classifyLine, parseTreatmentScript } from './treatment-script';

/** Panel `index` (0-based, > 0) after a time skip or not. Out of range, the first panel, or already so: the text as given. */
export function setTimeSkip(text: string, index: number, skip: boolean): string {
  const script = parseTreatmentScript(text);
  const panel = script.panels[index];
  const before = script.panels[index - 1];
  if (index < 1 || !panel || !before || (panel.gutterBefore === 'long') === skip) return text;
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const lines = text.split(/\r\n|\r|\n/);
  const scene = panel.sceneLine - 1;
  if (skip) {
    lines.splice(scene, 0, '');
    return lines.join(eol);
  }
  // Every blank or gutter line since the previous scene line made this gutter long.
  const kept = lines.filter((line, i) => i <= before.sceneLine - 1 || i >= scene || (line.trim() !== '' && classifyLine(line.trim()) !== 'gutter'));
  return kept.join(eol);
}
