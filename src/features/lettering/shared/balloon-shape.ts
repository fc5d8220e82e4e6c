// Each balloon kind's outline as path commands, one geometry for the studio's SVG and every canvas drawing:
// speech an oval with its tails merged into one contour, whisper the same dashed, thought a cloud with a trail of
// bubbles per tail, shout spikes with a long spike per tail, narration a box, sfx no outline (stroked lettering).
import { createRng, hashString, type Rng } from '../../../core/rng';
import { BALLOON_STROKE, bodyMargin, bodyOf } from './balloon-body';
import type { Balloon, Box, Point } from './lettering-contract';
import { fontSizeOf } from './lettering-fonts';
import {
  TAU, angleToward, arcTo, closedEllipse, commandBounds, ellipseReach, evenAngles, normalAt, perimeter, pointAt,
  speedAt, type Ellipse, type PathCommand,
} from './outline-path';

export { toSvgPath, traceOutline, type PathCommand } from './outline-path';

export interface BalloonOutline {
  /** Closed subpaths in panel pixels: fill them (nonzero) white, then stroke them. */
  commands: PathCommand[];
  /** Whisper: stroke with a dash (see OUTLINE_DASH). */
  dashed: boolean;
  strokeWidth: number;
  /** Everything the balloon draws (body, tails, stroke), panel pixels: what a cut or a hit test must respect. */
  bounds: Box;
}

/** Whisper dash, in page pixels. */
export const OUTLINE_DASH = [10, 8];

type OutlineInput = Pick<Balloon, 'id' | 'kind' | 'box' | 'tails' | 'fontSize'>;

interface TailSpan {
  t: number;
  dt: number;
  tip: Point;
}

/** Where each tail leaves the body (angle ± half-width), for tips outside it, sorted round and kept apart. */
function tailSpans(e: Ellipse, tips: readonly Point[], halfWidth: number): TailSpan[] {
  const spans: TailSpan[] = [];
  for (const tip of tips) {
    if (!Number.isFinite(tip.x) || !Number.isFinite(tip.y) || ellipseReach(e, tip) < 1.08) continue;
    const t = ((angleToward(e, tip) % TAU) + TAU) % TAU;
    const hw = Math.min(halfWidth, 0.3 * Math.min(e.rx, e.ry));
    spans.push({ t, dt: Math.min(0.5, hw / speedAt(e, t)), tip });
  }
  spans.sort((a, b) => a.t - b.t);
  // Two tails leaving at (almost) one place would cross: keep the first.
  const kept = spans.filter((s, i) => i === 0 || s.t - spans[i - 1].t > 0.08);
  if (kept.length > 1 && kept[kept.length - 1].t - kept[0].t > TAU - 0.08) kept.pop();
  for (let i = 0; i < kept.length && kept.length > 1; i++) {
    const a = kept[i];
    const b = kept[(i + 1) % kept.length];
    const gap = (((b.t - a.t) % TAU) + TAU) % TAU;
    if (a.dt + b.dt > gap * 0.8) {
      const f = (gap * 0.8) / (a.dt + b.dt);
      a.dt *= f;
      b.dt *= f;
    }
  }
  return kept;
}

/** Walks the contour once round from the end of the first tail, calling `between` for each stretch and `tail` for each tail. */
function aroundTails(
  spans: readonly TailSpan[],
  between: (from: number, to: number) => void,
  tail: (span: TailSpan) => void,
): number {
  const start = spans[0].t + spans[0].dt;
  let at = start;
  for (let k = 1; k <= spans.length; k++) {
    const span = spans[k % spans.length];
    const t = span.t + (k === spans.length ? TAU : 0);
    between(at, t - span.dt);
    tail({ ...span, t });
    at = t + span.dt;
  }
  return start;
}

function ovalOutline(e: Ellipse, tips: readonly Point[], size: number, rng: Rng): PathCommand[] {
  const out: PathCommand[] = [];
  const spans = tailSpans(e, tips, size * 0.55);
  if (spans.length === 0) {
    closedEllipse(e, out);
    return out;
  }
  const begin = pointAt(e, spans[0].t + spans[0].dt);
  out.push({ op: 'M', x: begin.x, y: begin.y });
  const bendSign = rng.next() < 0.5 ? -1 : 1;
  aroundTails(
    spans,
    (from, to) => arcTo(e, from, to, out),
    (s) => {
      const b1 = pointAt(e, s.t - s.dt);
      const b2 = pointAt(e, s.t + s.dt);
      const len = Math.hypot(s.tip.x - (b1.x + b2.x) / 2, s.tip.y - (b1.y + b2.y) / 2) || 1;
      // A gentle bend, both sides the same way, like a hand-drawn tail.
      const dx = (s.tip.x - (b1.x + b2.x) / 2) / len;
      const dy = (s.tip.y - (b1.y + b2.y) / 2) / len;
      const bend = { x: -dy * len * 0.08 * bendSign, y: dx * len * 0.08 * bendSign };
      out.push({ op: 'Q', x1: (b1.x + s.tip.x) / 2 + bend.x, y1: (b1.y + s.tip.y) / 2 + bend.y, x: s.tip.x, y: s.tip.y });
      out.push({ op: 'Q', x1: (b2.x + s.tip.x) / 2 + bend.x, y1: (b2.y + s.tip.y) / 2 + bend.y, x: b2.x, y: b2.y });
    },
  );
  out.push({ op: 'Z' });
  return out;
}

function cloudOutline(e: Ellipse, margin: number, tips: readonly Point[], size: number, rng: Rng): PathCommand[] {
  const out: PathCommand[] = [];
  const count = Math.max(7, Math.round(perimeter(e) / (size * 1.45)));
  const wobble = Array.from({ length: count }, () => rng.range(-0.18, 0.18));
  const angles = evenAngles(e, count, rng.range(0, TAU), (i) => wobble[i]);
  const first = pointAt(e, angles[0]);
  out.push({ op: 'M', x: first.x, y: first.y });
  for (let i = 0; i < count; i++) {
    const a = angles[i];
    const b = i + 1 < count ? angles[i + 1] : angles[0] + TAU;
    const p = pointAt(e, a);
    const q = pointAt(e, b);
    const chord = Math.hypot(q.x - p.x, q.y - p.y);
    // A cubic whose handles stand on the normals peaks at 3/4 of their length: the lobe reaches the box's edge.
    const h = Math.min(margin, 0.45 * chord) / 0.75;
    const na = normalAt(e, a);
    const nb = normalAt(e, b);
    out.push({ op: 'C', x1: p.x + na.x * h, y1: p.y + na.y * h, x2: q.x + nb.x * h, y2: q.y + nb.y * h, x: q.x, y: q.y });
  }
  out.push({ op: 'Z' });
  // Each tail: a trail of shrinking bubbles from the cloud toward the speaker.
  const outer: Ellipse = { ...e, rx: e.rx + margin, ry: e.ry + margin };
  for (const tip of tips) {
    if (!Number.isFinite(tip.x) || !Number.isFinite(tip.y) || ellipseReach(outer, tip) < 1.05) continue;
    const t = angleToward(e, tip);
    const n = normalAt(e, t);
    const p = pointAt(e, t);
    const edge = { x: p.x + n.x * margin * 0.8, y: p.y + n.y * margin * 0.8 };
    const d = Math.hypot(tip.x - edge.x, tip.y - edge.y);
    if (d < 4) continue;
    const dir = { x: (tip.x - edge.x) / d, y: (tip.y - edge.y) / d };
    const radii = [0.36, 0.26, 0.17].map((k) => Math.max(4, size * k));
    const room = d / (2 * radii.reduce((s, r) => s + r, 0) + 8);
    const used = room >= 1 ? radii : room >= 0.6 ? radii.slice(1) : radii.slice(2);
    // The last bubble touches the tip; the others spread evenly back toward the cloud.
    const far = d - used[used.length - 1];
    const near = Math.min(far, used[0] + 3);
    used.forEach((r, i) => {
      const s = used.length === 1 ? far : near + ((far - near) * i) / (used.length - 1);
      closedEllipse({ cx: edge.x + dir.x * s, cy: edge.y + dir.y * s, rx: r, ry: r }, out);
    });
  }
  return out;
}

function spikyOutline(e: Ellipse, margin: number, tips: readonly Point[], size: number, rng: Rng): PathCommand[] {
  const out: PathCommand[] = [];
  const spans = tailSpans(e, tips, size * 0.7);
  const count = Math.max(10, Math.round(perimeter(e) / (size * 1.2)));
  const wobble = Array.from({ length: count }, () => rng.range(-0.15, 0.15));
  const start = spans.length > 0 ? 0 : rng.range(0, TAU);
  const valleys = evenAngles(e, count, start, (i) => wobble[i]).map((t) => ((t % TAU) + TAU) % TAU);
  const spike = (a: number, b: number) => {
    const p = pointAt(e, b);
    // Too short a stretch for a spike: a straight edge.
    if ((b - a) * speedAt(e, (a + b) / 2) < size * 0.45) {
      out.push({ op: 'L', x: p.x, y: p.y });
      return;
    }
    const m = (a + b) / 2 + rng.range(-0.2, 0.2) * (b - a);
    const n = normalAt(e, m);
    const c = pointAt(e, m);
    const reach = margin * rng.range(0.6, 1);
    out.push({ op: 'L', x: c.x + n.x * reach, y: c.y + n.y * reach });
    out.push({ op: 'L', x: p.x, y: p.y });
  };
  const zigzag = (from: number, to: number) => {
    let at = from;
    // each valley at its first turn after `from`
    const ahead = valleys.map((t) => t + TAU * Math.max(0, Math.floor((from - t) / TAU) + 1)).filter((t) => t < to);
    for (const v of ahead.sort((a, b) => a - b)) {
      if (to - v < 0.02) break;
      spike(at, v);
      at = v;
    }
    spike(at, to);
  };
  if (spans.length === 0) {
    const first = pointAt(e, valleys[0]);
    out.push({ op: 'M', x: first.x, y: first.y });
    zigzag(valleys[0], valleys[0] + TAU);
  } else {
    const begin = pointAt(e, spans[0].t + spans[0].dt);
    out.push({ op: 'M', x: begin.x, y: begin.y });
    aroundTails(spans, zigzag, (s) => {
      const b2 = pointAt(e, s.t + s.dt);
      out.push({ op: 'L', x: s.tip.x, y: s.tip.y });
      out.push({ op: 'L', x: b2.x, y: b2.y });
    });
  }
  out.push({ op: 'Z' });
  return out;
}

function rectOutline(b: Box): PathCommand[] {
  return [
    { op: 'M', x: b.x, y: b.y },
    { op: 'L', x: b.x + b.w, y: b.y },
    { op: 'L', x: b.x + b.w, y: b.y + b.h },
    { op: 'L', x: b.x, y: b.y + b.h },
    { op: 'Z' },
  ];
}

function union(a: Box, b: Box | null): Box {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** The balloon's outline in panel pixels: deterministic for its id, box, kind, tails and size. */
export function balloonOutline(balloon: OutlineInput): BalloonOutline {
  const size = fontSizeOf(balloon.kind, balloon.fontSize);
  const body = bodyOf(balloon.kind, balloon.box, size);
  const margin = bodyMargin(balloon.kind, size);
  const rng = createRng(hashString(balloon.id));
  const tips = balloon.tails ?? [];
  let commands: PathCommand[] = [];
  if (body.shape === 'ellipse') {
    const e: Ellipse = { cx: body.cx, cy: body.cy, rx: body.rx, ry: body.ry };
    if (balloon.kind === 'thought') commands = cloudOutline(e, margin, tips, size, rng);
    else if (balloon.kind === 'shout') commands = spikyOutline(e, margin, tips, size, rng);
    else commands = ovalOutline(e, tips, size, rng);
  } else if (balloon.kind === 'narration') commands = rectOutline(body);
  const strokeWidth = balloon.kind === 'shout' ? BALLOON_STROKE + 1 : BALLOON_STROKE;
  const drawn = union(balloon.box, commandBounds(commands));
  const pad = strokeWidth / 2 + 1;
  return {
    commands,
    dashed: balloon.kind === 'whisper',
    strokeWidth,
    bounds: { x: drawn.x - pad, y: drawn.y - pad, w: drawn.w + 2 * pad, h: drawn.h + 2 * pad },
  };
}
