// Text with exact character-span labels, built from pieces so offsets are counted, never searched for.
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';

export type Label =
  | { tag: 'thing'; kind: string; count: number | null }
  | { tag: 'name'; kind: string }
  | { tag: 'action'; action: string }
  | { tag: 'relation'; rel: string }
  | { tag: 'place'; setting: string | null }
  | { tag: 'time'; time: TimeOfDay }
  | { tag: 'unknown' }
  | { tag: 'pronoun'; gender: 'm' | 'f' | 'pl' };

export type Span = { start: number; end: number } & Label;
export type Piece = string | { text: string; label: Label };
export type Frag = Piece[];

export const span = (text: string, label: Label): Piece => ({ text, label });

/** "{a:swims} {p:laps}" → pieces, each {key:…} labelled by labels[key] (a missing key leaves plain text). */
export function markup(text: string, labels: Record<string, Label | undefined>): Frag {
  const out: Frag = [];
  let at = 0;
  for (const m of text.matchAll(/\{(\w+):([^}]*)\}/g)) {
    if (m.index! > at) out.push(text.slice(at, m.index));
    const label = labels[m[1]];
    out.push(label ? span(m[2], label) : m[2]);
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Markup without its braces (what the reader sees). */
export const plain = (text: string): string => text.replace(/\{\w+:([^}]*)\}/g, '$1');

/** Joins pieces; whitespace is tidied only in unlabelled text, so every span stays exact. */
export function joinPieces(pieces: Frag, capitalize: boolean): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      let s = piece.replace(/\s+/g, ' ');
      if (text === '' || text.endsWith(' ')) s = s.replace(/^ /, '');
      if (/^[,.!?]/.test(s) && text.endsWith(' ')) text = text.slice(0, -1);
      if (s.startsWith('.') && text.endsWith('.')) s = s.slice(1); // "at 2 a.m." ends the sentence itself
      if (s.startsWith(',') && text.endsWith(',')) s = s.slice(1); // "Mina, a nurse," before a comma
      text += s;
    } else {
      if (piece.text.length === 0 || piece.text.trim() !== piece.text) throw new Error(`bad span text "${piece.text}"`);
      spans.push({ start: text.length, end: text.length + piece.text.length, ...piece.label });
      text += piece.text;
    }
  }
  text = text.trimEnd();
  // Each English sentence starts with a capital ("Dusk. He …"); case changes keep every offset.
  if (capitalize && text.length > 0) {
    text = text[0].toUpperCase() + text.slice(1);
    text = text.replace(/(?<![ap]\.m)([.!?] )([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
  }
  return { text, spans };
}
