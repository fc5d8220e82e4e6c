// Per-character probabilities → what one line states: its spans (things, names, actions, relations, places,
// times, unknown words, pronouns) with values and confidences, and the line's own setting and time.
import type { LineProbabilities, TokenHead } from './planner-model';
import type { PlannerLabels } from './planner-config';

export interface SpanReading {
  type: string;
  start: number;
  end: number;
  /** The words as written (code points start…end of the NFC line). */
  text: string;
  /** The value its head reads: a kind, action, relation, setting (null: not in the catalogue), time or gender. */
  value: string | null;
  /** Things only: the count read (null = a plural with no number). */
  count?: number | null;
  confidence: number;
}

export interface LineReading {
  /** The line's own setting, null when it names none (or one the catalogue lacks). */
  setting: string | null;
  settingConfidence: number;
  /** True when the line names a place the catalogue lacks. */
  unknownPlace: boolean;
  time: string | null;
  timeConfidence: number;
  spans: SpanReading[];
  hangul: boolean;
}

const VALUE_HEAD: Record<string, TokenHead | null> = {
  thing: 'kind', name: 'kind', action: 'action', relation: 'rel', place: 'place', time: 'time_tok', unknown: null, pronoun: 'pron',
};

function argmax(p: Float32Array, offset = 0, n = p.length): [number, number] {
  let best = 0;
  for (let i = 1; i < n; i++) if (p[offset + i] > p[offset + best]) best = i;
  return [best, p[offset + best]];
}

/** Mean of a head's rows over chars a…b-1, then its argmax and mean probability. */
function spanValue(probs: LineProbabilities, head: TokenHead, a: number, b: number): [number, number] {
  const { data, classes } = probs.heads[head];
  const mean = new Float32Array(classes);
  for (let i = a; i < b; i++) for (let k = 0; k < classes; k++) mean[k] += data[i * classes + k] / (b - a);
  return argmax(mean);
}

/** B/I tags → spans: a span starts at B-t, or at I-t after another type (the model's slips are not dropped). */
function bioSpans(probs: LineProbabilities, types: readonly string[]): { type: string; start: number; end: number; p: number }[] {
  const { data, classes } = probs.heads.bio;
  const spans: { type: string; start: number; end: number; p: number }[] = [];
  let cur: { type: string; start: number; end: number; p: number } | null = null;
  for (let i = 0; i < probs.chars.length; i++) {
    const [tag, p] = argmax(data, i * classes, classes);
    const type = tag === 0 ? null : types[(tag - 1) >> 1];
    const begin = tag > 0 && (tag - 1) % 2 === 0;
    if (cur && (type !== cur.type || begin)) { spans.push(cur); cur = null; }
    if (type) {
      if (!cur) cur = { type, start: i, end: i + 1, p };
      else { cur.end = i + 1; cur.p += p; }
    }
  }
  if (cur) spans.push(cur);
  for (const s of spans) s.p /= s.end - s.start;
  return spans;
}

/** Trims spaces and punctuation at both ends of a span, as a reader would. */
function trim(chars: readonly string[], a: number, b: number): [number, number] {
  const edge = /[\s\p{P}]/u;
  while (a < b && edge.test(chars[a])) a++;
  while (b > a && edge.test(chars[b - 1])) b--;
  return [a, b];
}

export function readLine(probs: LineProbabilities, labels: PlannerLabels): LineReading {
  const spans: SpanReading[] = [];
  for (const s of bioSpans(probs, labels.spanTypes)) {
    const [a, b] = trim(probs.chars, s.start, s.end);
    if (a >= b) continue;
    const head = VALUE_HEAD[s.type];
    let value: string | null = null;
    let confidence = s.p;
    if (head) {
      const [k, p] = spanValue(probs, head, a, b);
      confidence *= p;
      const table: Record<string, readonly string[]> = {
        kind: labels.kinds, action: labels.actions, rel: labels.relations, place: labels.settings,
        time_tok: labels.times, pron: labels.genders,
      };
      value = table[head][k] ?? null; // place: the extra last class is "not in the catalogue"
    }
    const span: SpanReading = { type: s.type, start: a, end: b, text: probs.chars.slice(a, b).join(''), value, confidence };
    if (s.type === 'thing') {
      const [c] = spanValue(probs, 'count', a, b);
      const count = labels.counts[c];
      span.count = count === 'many' ? null : count;
    }
    spans.push(span);
  }
  const ns = labels.settings.length;
  const [si, sp] = argmax(probs.setting);
  const [ti, tp] = argmax(probs.time);
  return {
    setting: si < ns ? labels.settings[si] : null,
    settingConfidence: sp,
    unknownPlace: spans.some((s) => s.type === 'place' && s.value === null),
    time: ti < labels.times.length ? labels.times[ti] : null,
    timeConfidence: tp,
    spans,
    hangul: probs.chars.some((c) => c >= '\uac00' && c <= '\ud7a3'),
  };
}
