// Sentence shapes as templates: {SLOT} or {SLOT:arg} is filled by the line's content, [ … ] is an
// optional group kept only when every slot in it can be filled. One template = one sentence shape.
import type { Frag } from './span-text.js';

interface Part { kind: 'text'; text: string }
interface Slot { kind: 'slot'; name: string; arg: string }
interface Group { kind: 'group'; parts: (Part | Slot)[] }

export interface Template {
  source: string;
  parts: (Part | Slot | Group)[];
  /** Slot names outside optional groups. */
  required: Set<string>;
  /** Every slot name it can use. */
  all: Set<string>;
}

function parseFlat(text: string): (Part | Slot)[] {
  const out: (Part | Slot)[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{(\w+)(?::([^}]*))?\}/g)) {
    if (m.index! > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    out.push({ kind: 'slot', name: m[1], arg: m[2] ?? '' });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

export function parseTemplate(source: string): Template {
  const parts: Template['parts'] = [];
  let at = 0;
  for (const m of source.matchAll(/\[([^\]]*)\]/g)) {
    parts.push(...parseFlat(source.slice(at, m.index)));
    parts.push({ kind: 'group', parts: parseFlat(m[1]) });
    at = m.index! + m[0].length;
  }
  parts.push(...parseFlat(source.slice(at)));
  const required = new Set<string>();
  const all = new Set<string>();
  for (const p of parts) {
    if (p.kind === 'slot') { required.add(p.name); all.add(p.name); }
    if (p.kind === 'group') for (const q of p.parts) if (q.kind === 'slot') all.add(q.name);
  }
  return { source, parts, required, all };
}

export type SlotFiller = (name: string, arg: string) => Frag | null;

/** Fills a template; null when a required slot cannot be filled. */
export function fillTemplate(t: Template, fill: SlotFiller): Frag | null {
  const out: Frag = [];
  const flat = (parts: (Part | Slot)[]): Frag | null => {
    const frag: Frag = [];
    for (const p of parts) {
      if (p.kind === 'text') frag.push(p.text);
      else {
        const f = fill(p.name, p.arg);
        if (!f) return null;
        frag.push(...f);
      }
    }
    return frag;
  };
  for (const p of t.parts) {
    if (p.kind === 'group') {
      const f = flat(p.parts);
      if (f) out.push(...f);
    } else {
      const f = flat([p]);
      if (!f) return null;
      out.push(...f);
    }
  }
  return out;
}
