// Page edits written back into the treatment, so the treatment stays the one source of the words: reorder, insert
// and delete panels, rewrite a balloon's line. Pure text in, text out; every other line is kept as written.
//
// A panel's block is its scene line and every line after it up to the next scene line (its dialogue and any
// blank lines among them). The blank or `---` lines at the end of the previous block are the panel's *lead*: they
// make its gutter long (a time skip), so they travel with the panel. Lines above the first scene line (dialogue the
// parser gives to the first panel, leading blanks) stay at the top. Lines are rejoined with the text's first line
// ending (CRLF, CR or LF).
import { t } from '../../../core/i18n';
import { classifyLine, parseTreatmentScript } from './treatment-script';
import type { ScriptLineKind } from './script-contract';

interface Blocks {
  eol: string;
  /** Lines above the first scene line. */
  head: string[];
  /** Per panel: its lead (blank / gutter lines just above its scene line) and its body (scene line to its last non-blank line). */
  panels: { lead: string[]; body: string[] }[];
  /** Blank lines after the last panel's last non-blank line. */
  tail: string[];
}

const isGap = (line: string) => !line.trim() || classifyLine(line.trim()) === 'gutter';

function splitBlocks(text: string): Blocks {
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const lines = text.split(/\r\n|\r|\n/);
  const starts = parseTreatmentScript(text).panels.map((p) => p.sceneLine - 1);
  if (starts.length === 0) return { eol, head: text === '' ? [] : lines, panels: [], tail: [] };
  const raw: string[][] = starts.map((start, i) => lines.slice(start, starts[i + 1] ?? lines.length));
  const head = lines.slice(0, starts[0]);
  const panels = raw.map((body) => ({ lead: [] as string[], body }));
  // Move each block's trailing gap lines to the next panel's lead (or to the tail after the last).
  let tail: string[] = [];
  panels.forEach((panel, i) => {
    let end = panel.body.length;
    while (end > 1 && isGap(panel.body[end - 1])) end--;
    const trailing = panel.body.splice(end);
    if (i + 1 < panels.length) panels[i + 1].lead = trailing;
    else tail = trailing;
  });
  // Leading gap lines of the head belong to no panel; the first panel never has a long gutter anyway.
  return { eol, head, panels, tail };
}

function join(blocks: Blocks): string {
  const lines = [...blocks.head, ...blocks.panels.flatMap((p) => [...p.lead, ...p.body]), ...blocks.tail];
  return lines.join(blocks.eol);
}

function checkIndex(index: number, count: number, allowEnd = false): void {
  const max = allowEnd ? count : count - 1;
  if (!Number.isInteger(index) || index < 0 || index > max) throw new RangeError(t('episode.edit.noPanel', { panel: index + 1, count }));
}

/** Moves panel `from` (0-based) with its dialogue and time skip so that it becomes panel `to`. */
export function moveScene(text: string, from: number, to: number): string {
  const blocks = splitBlocks(text);
  checkIndex(from, blocks.panels.length);
  checkIndex(to, blocks.panels.length);
  if (from === to) return text;
  const [moved] = blocks.panels.splice(from, 1);
  blocks.panels.splice(to, 0, moved);
  return join(blocks);
}

/** The scene line itself, trimmed, or a clear error when it would not read back as one scene line. */
function sceneLine(scene: string): string {
  const line = scene.trim();
  if (!line || /[\r\n]/.test(line) || classifyLine(line) !== null) throw new Error(t('episode.edit.notScene', { text: scene.slice(0, 80) }));
  return line;
}

/** Inserts a new scene line (no dialogue) so that it becomes panel `at` (0…panel count); a panel's time skip stays with it. */
export function insertScene(text: string, at: number, scene: string): string {
  const line = sceneLine(scene);
  const blocks = splitBlocks(text);
  checkIndex(at, blocks.panels.length, true);
  if (blocks.panels.length === 0) {
    // Dialogue with no scene yet: the new scene goes above it, so the dialogue becomes its own.
    const body = text === '' ? [line] : [line, ...blocks.head];
    return join({ ...blocks, head: [], panels: [{ lead: [], body }] });
  }
  // Before the target's lead: the new panel comes before the time skip, which stays with the target.
  blocks.panels.splice(at, 0, { lead: [], body: [line] });
  return join(blocks);
}

/** Deletes panel `index`: its scene line and its dialogue. The time skip before it stays where it was. */
export function deleteScene(text: string, index: number): string {
  const blocks = splitBlocks(text);
  checkIndex(index, blocks.panels.length);
  const [removed] = blocks.panels.splice(index, 1);
  const next = blocks.panels[index];
  if (next) next.lead = [...removed.lead, ...next.lead];
  else blocks.tail = [...removed.lead, ...blocks.tail];
  return join(blocks);
}

/** The script line for one balloon, in the treatment's format. */
export function formatDialogue(kind: ScriptLineKind, speaker: string | undefined, text: string): string {
  // A script line holds no line break: a forced break in the balloon becomes a space in the treatment.
  const words = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const name = (speaker ?? '').trim();
  switch (kind) {
    case 'speech':
      return `${name}: "${words}"`;
    case 'shout':
      return `${name}: "${/[!！]{2,}$/.test(words) ? words : `${words}!!`}"`;
    case 'thought':
      return `${name}: (${words})`;
    case 'narration':
      return `[${words}]`;
    case 'sfx':
      return `*${words}*`;
  }
}

/**
 * Rewrites dialogue line `line` (1-based, as the script counts) to `kind`, `speaker` and `newText`, keeping its
 * indentation. Throws a clear message when that line is not dialogue or the new line would not read back as the
 * balloon asked for (a name the format cannot take, an sfx of stars). Speech ending in `!!` reads back as a shout:
 * that is the format's rule, so it is allowed.
 */
export function rewriteDialogue(text: string, line: number, kind: ScriptLineKind, speaker: string | undefined, newText: string): string {
  const script = parseTreatmentScript(text);
  const found = [...script.panels.flatMap((p) => p.lines), ...script.unplaced].some((l) => l.line === line);
  if (!found) throw new RangeError(t('episode.edit.notDialogue', { line }));
  const lines = text.split(/\r\n|\r|\n/);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const indent = /^\s*/.exec(lines[line - 1])![0];
  const written = formatDialogue(kind, speaker, newText);
  const back = classifyLine(written);
  const wanted = newText.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const ok = back !== null && back !== 'gutter' && !back.unclosed &&
    (back.kind === kind || (kind === 'speech' && back.kind === 'shout')) &&
    (back.speaker ?? '') === (kind === 'narration' || kind === 'sfx' ? '' : (speaker ?? '').trim()) &&
    (kind === 'shout' ? back.text.startsWith(wanted) : back.text === wanted);
  if (!ok) throw new Error(t('episode.edit.badDialogue', { line, text: written.slice(0, 80) }));
  lines[line - 1] = indent + written;
  return lines.join(eol);
}
