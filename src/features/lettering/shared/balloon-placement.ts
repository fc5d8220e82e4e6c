// Auto placement: each 'auto' balloon is sized for its text and put where it reads in script order (top to
// bottom, left to right), inside the panel, off every known face and off the other balloons, near its speaker,
// with its tails aimed at them. 'author' balloons never move; they are obstacles the others avoid.
// Deterministic: the same panel, words and spots always give the same boxes.
import { fitBalloon } from './balloon-fit';
import { tailsFor, spotsFor, TAILED_KINDS } from './balloon-tails';
import type { MeasureText } from './lettering-canvas';
import type { Balloon, Box, LetteringFonts, Point, SpeakerSpot } from './lettering-contract';
import { fontSizeOf } from './lettering-fonts';

export interface PanelSize {
  width: number;
  height: number;
}

/**
 * Weights of what a spot costs: a face covered outweighs everything, then another balloon, then reading order;
 * then, as a letterer stacks balloons: high in the panel, over their speaker, not below their speaker's mouth.
 */
const COST = { face: 1e4, overlap: 1e3, order: 300, tail: 150, top: 3, side: 2, below: 4, near: 4 };

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

/** Reads after `prev`: its top lower (by a clear step), or level-or-lower and to its right. */
function orderDebt(box: Box, prev: Box | undefined): number {
  if (!prev) return 0;
  const step = Math.min(prev.h * 0.3, 40);
  const below = box.y - (prev.y + step);
  if (below >= 0) return 0;
  const rightOf = box.x - (prev.x + prev.w * 0.5);
  if (rightOf >= 0 && box.y >= prev.y) return 0;
  return Math.min(-below, prev.h) / Math.max(1, prev.h) + (rightOf < 0 ? 0.5 : 0);
}

interface Wish {
  /** Where the balloon's centre would like to be across the panel (a fraction of its width), when no anchor is known. */
  x: number;
  anchors: Point[];
  /** Read in script order (sound effects are part of the picture: they go where there is room). */
  ordered: boolean;
}

/** Sides alternate between speakers with no known spot: the first named speaker left, the second right. */
function sideWishes(balloons: readonly Balloon[], spots: readonly SpeakerSpot[]): Wish[] {
  const order: string[] = [];
  return balloons.map((b) => {
    const matched = spotsFor(b.speaker, spots);
    if (matched.spots.length > 0) return { x: 0.5, anchors: matched.spots.map((s) => s.anchor), ordered: true };
    if (b.kind === 'narration') return { x: 0, anchors: [], ordered: true };
    if (b.kind === 'sfx') return { x: 0.7, anchors: [], ordered: false };
    const name = (b.speaker ?? '').trim().toLowerCase();
    if (!order.includes(name)) order.push(name);
    return { x: order.indexOf(name) % 2 === 0 ? 0.25 : 0.75, anchors: [], ordered: true };
  });
}

/** Whether the segment a–b passes through `box` (Liang–Barsky clipping). */
function crosses(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const d = { x: b.x - a.x, y: b.y - a.y };
  for (const [p, q] of [[-d.x, a.x - box.x], [d.x, box.x + box.w - a.x], [-d.y, a.y - box.y], [d.y, box.y + box.h - a.y]]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

interface Segment {
  a: Point;
  b: Point;
}

interface Room {
  panel: PanelSize;
  margin: number;
  faces: readonly Box[];
  /** Boxes of the balloons already there (author ones and those placed before). */
  taken: readonly Box[];
  /** Their tails, centre to tip: a balloon on a tail hides who speaks. */
  tails: readonly Segment[];
  prev: Box | undefined;
}

function bestSpot(w: number, h: number, wish: Wish, room: Room): Box {
  const { panel, margin } = room;
  const span = (length: number, size: number) => {
    const lo = margin;
    const hi = length - margin - size;
    if (hi < lo) return [Math.max(0, Math.round((length - size) / 2))];
    const steps = Math.min(48, Math.max(1, Math.ceil((hi - lo) / 8)));
    return Array.from({ length: steps + 1 }, (_, i) => Math.round(lo + ((hi - lo) * i) / steps));
  };
  const xs = span(panel.width, w);
  const ys = span(panel.height, h);
  const area = w * h;
  let best: Box = { x: xs[0], y: ys[0], w, h };
  let bestCost = Infinity;
  for (const y of ys) {
    for (const x of xs) {
      const box = { x, y, w, h };
      const centre = { x: x + w / 2, y: y + h / 2 };
      let cost = 0;
      for (const face of room.faces) cost += (COST.face * overlapArea(grow(face, 6), box)) / area;
      for (const other of room.taken) cost += (COST.overlap * overlapArea(grow(other, 10), box)) / area;
      for (const tail of room.tails) if (crosses(tail.a, tail.b, grow(box, 6))) cost += COST.tail;
      if (wish.ordered) cost += COST.order * orderDebt(box, room.prev);
      cost += (COST.top * y) / panel.height;
      if (wish.anchors.length > 0) {
        for (const a of wish.anchors) {
          cost += (COST.side * Math.abs(centre.x - a.x)) / panel.width / wish.anchors.length;
          cost += (COST.below * Math.max(0, centre.y - a.y)) / panel.height / wish.anchors.length;
          // a tail of a few ems: a balloon far above its speaker comes down toward them
          const far = Math.hypot(Math.max(x - a.x, 0, a.x - x - w), Math.max(y - a.y, 0, a.y - y - h));
          cost += (COST.near * Math.max(0, far - Math.max(200, panel.height * 0.45))) / panel.height / wish.anchors.length;
          for (const other of room.taken) if (crosses(centre, a, other)) cost += COST.tail;
        }
      } else {
        cost += (COST.side * Math.abs(centre.x - wish.x * panel.width)) / panel.width;
      }
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = box;
      }
    }
  }
  return best;
}

const tailSegments = (b: Pick<Balloon, 'box' | 'tails'>): Segment[] =>
  b.tails.map((tip) => ({ a: { x: b.box.x + b.box.w / 2, y: b.box.y + b.box.h / 2 }, b: tip }));

/**
 * The panel's balloons with every 'auto' one sized and placed (box and tails); 'author' ones returned as they are.
 * Panel pixels; boxes and tips in whole pixels.
 */
export function placeBalloons(
  panelSize: PanelSize,
  balloons: readonly Balloon[],
  speakers: readonly SpeakerSpot[],
  measure: MeasureText,
  fonts?: LetteringFonts,
): Balloon[] {
  const panel = { width: Math.max(1, panelSize.width), height: Math.max(1, panelSize.height) };
  const margin = Math.round(Math.min(24, Math.max(8, Math.min(panel.width, panel.height) * 0.025)));
  const faces = speakers.flatMap((s) => (s.face ? [s.face] : []));
  const wishes = sideWishes(balloons, speakers);
  // Author boxes are known up front: auto ones keep off all of them, before and after in reading order.
  const authored = balloons.filter((b) => b.placed === 'author');
  const room: Room = { panel, margin, faces, taken: authored.map((b) => b.box), tails: authored.flatMap(tailSegments), prev: undefined };
  return balloons.map((balloon, i) => {
    if (balloon.placed === 'author') {
      room.prev = balloon.box;
      return balloon;
    }
    const size = fontSizeOf(balloon.kind, balloon.fontSize);
    const fit = fitBalloon(balloon.kind, balloon.text, measure, {
      fontSize: balloon.fontSize,
      maxBox: { w: panel.width - 2 * margin, h: panel.height - 2 * margin },
      fonts,
    });
    const box = bestSpot(Math.min(fit.w, panel.width), Math.min(fit.h, panel.height), wishes[i], room);
    const tails = TAILED_KINDS.includes(balloon.kind) ? tailsFor(balloon, box, speakers, { ...panel, faces }, size) : [];
    const placed = { ...balloon, box, tails };
    room.taken = [...room.taken, box];
    room.tails = [...room.tails, ...tailSegments(placed)];
    if (wishes[i].ordered) room.prev = box;
    return placed;
  });
}
