// One labelled line: sample content, then try sentence shapes until one states everything the
// content asks to be stated (place, time, unknown noun, relation).
import type { Rng } from '../../../src/core/rng.js';
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { sampleContent, type Lang, type LineContent, type Mix, LINE_MIX } from './content.js';
import { EN_SHAPES, enState, fillEnSlot } from './lines-en.js';
import { KO_SHAPES, koState, fillKoSlot } from './lines-ko.js';
import { joinPieces, type Span } from './span-text.js';
import { fillTemplate, type Template } from './template.js';

export interface LineRecord {
  type: 'line';
  lang: Lang;
  text: string;
  setting: string | null;
  time: TimeOfDay | null;
  spans: Span[];
}

function missing(c: LineContent, spans: Span[]): number {
  const has = (tag: string) => spans.some((s) => s.tag === tag);
  let miss = 0;
  if (c.placeMode !== 'none' && !has('place')) miss += 4;
  if (c.time && !has('time')) miss += 2;
  if ((c.unknown || c.unknownPlace) && !has('unknown')) miss += 2;
  if ((c.spatial || c.interaction) && !has('relation')) miss += 1;
  if (c.actor && !spans.some((s) => s.tag === 'name' || s.tag === 'pronoun' || s.tag === 'action'
    || (s.tag === 'thing' && s.kind === c.actor!.kind))) miss += 1;
  return miss;
}

/** Free-form typing: sometimes no final full stop, sometimes (English) no capital at the start. */
function roughen(rng: Rng, text: string, spans: Span[], lang: Lang): { text: string; spans: Span[] } {
  let out = text;
  if (/[.]$/.test(out) && rng.chance(0.12) && spans.every((s) => s.end < out.length)) out = out.slice(0, -1);
  if (lang === 'en' && rng.chance(0.05) && !spans.some((s) => s.start === 0 && (s.tag === 'name' || s.tag === 'thing' && /^[A-Z][a-z]+$/.test(out.slice(s.start, s.end)) && /^(Dad|Mom|Grandpa|Grandma)$/.test(out.slice(s.start, s.end))))) {
    out = out[0].toLowerCase() + out.slice(1);
  }
  return { text: out, spans };
}

/** Renders content with one shape; returns the record and the shape index used. */
export function renderLine(rng: Rng, c: LineContent, shapes?: Template[]): { record: LineRecord; shape: number } {
  const list = shapes ?? (c.lang === 'en' ? EN_SHAPES : KO_SHAPES);
  let best: { record: LineRecord; shape: number; miss: number } | null = null;
  const order = rng.shuffle(list.map((_, i) => i));
  for (const shape of order) {
    const t = list[shape];
    const st = c.lang === 'en' ? enState(rng, c) : koState(rng, c);
    const fill = c.lang === 'en'
      ? (n: string, a: string) => fillEnSlot(st as ReturnType<typeof enState>, n, a)
      : (n: string, a: string) => fillKoSlot(st as ReturnType<typeof koState>, n, a);
    const pieces = fillTemplate(t, fill);
    if (!pieces) continue;
    const joined = joinPieces(pieces, c.lang === 'en');
    const { text, spans } = roughen(rng, joined.text, joined.spans, c.lang);
    const place = spans.find((s) => s.tag === 'place');
    const time = spans.find((s) => s.tag === 'time');
    const record: LineRecord = {
      type: 'line', lang: c.lang, text,
      setting: place && place.tag === 'place' ? place.setting : null,
      time: time && time.tag === 'time' ? time.time : null,
      spans,
    };
    const miss = missing(c, spans);
    if (miss === 0) return { record, shape };
    if (!best || miss < best.miss) best = { record, shape, miss };
  }
  if (!best) throw new Error(`renderLine: no shape fits ${JSON.stringify(c)}`);
  return best;
}

export function makeLine(rng: Rng, lang: Lang, id: string, mix: Mix = LINE_MIX): { record: LineRecord; shape: number } {
  return renderLine(rng, sampleContent(rng, lang, id, mix));
}
