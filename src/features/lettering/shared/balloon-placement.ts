// Auto placement: each 'auto' balloon is sized for its text and put where it reads in script order (top to
// bottom, left to right), inside the panel, off every known face and off the other balloons, near its speaker,
// with its tails aimed at them. 'author' balloons never move; they are obstacles the others avoid.
// Deterministic: the same panel, words and spots always give the same boxes.
import { fitBalloon } from './balloon-fit';
import { tailsFor, spotsFor, TAILED_KINDS } from './balloon-tails';
import type { MeasureText } from './lettering-canvas';
import type { Balloon, Box, LetteringFonts, Point, SpeakerSpot } from './lettering-contract';
import { fontSizeOf } from './lettering-fonts';
import { crosses, grow, orderDebt, overlapArea, shapeOverlap, type Segment, type Shape } from './placement-geometry';

export interface PanelSize {
  width: number;
  height: number;
}

/**
 * Weights of what a spot costs: a face covered outweighs everything, then another balloon, then reading order;
 * then, as a letterer stacks balloons: high in the panel, over their speaker, not below their speaker's mouth.
 */
const COST = { face: 1e4, overlap: 5e3, order: 1000, tail: 120, top: 3, side: 2, below: 4, near: 4 };

interface Wish {
  /** Where the balloon's centre would like to be across the panel (a fraction of its width), when no anchor is known. */
  x: number;
  anchors: Point[];
  /** Read in script order (sound effects are part of the picture: they go where there is room). */
  ordered: boolean;
  /** An oval-ish outline (not a narration box). */
  oval: boolean;
}

/** Sides alternate between speakers with no known spot: the first named speaker left, the second right. */
function sideWishes(balloons: readonly Balloon[], spots: readonly SpeakerSpot[]): Wish[] {
  const order: string[] = [];
  return balloons.map((b) => {
    // letters and boxes fill their box; an oval leaves its corners free
    const oval = b.kind !== 'narration' && b.kind !== 'sfx';
    const matched = spotsFor(b.speaker, spots);
    if (matched.spots.length > 0) return { x: 0.5, anchors: matched.spots.map((s) => s.anchor), ordered: true, oval };
    if (b.kind === 'narration') return { x: 0, anchors: [], ordered: true, oval };
    if (b.kind === 'sfx') return { x: 0.7, anchors: [], ordered: false, oval };
    const name = (b.speaker ?? '').trim().toLowerCase();
    if (!order.includes(name)) order.push(name);
    return { x: order.indexOf(name) % 2 === 0 ? 0.25 : 0.75, anchors: [], ordered: true, oval };
  });
}

interface Room {
  panel: PanelSize;
  margin: number;
  faces: readonly Box[];
  /** The balloons already there (author ones and those placed before). */
  taken: readonly Shape[];
  /** Their tails, centre to tip: a balloon on a tail hides who speaks. */
  tails: readonly Segment[];
  prev: Box | undefined;
}

/** A spot and what it breaks (faces covered, balloons or tails overlapped, reading order): 0 when nothing. */
interface Spot {
  box: Box;
  trouble: number;
  cost: number;
}

/** What a box at this spot breaks. */
function troubleAt(box: Box, wish: Wish, room: Room): number {
  const area = box.w * box.h;
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  let trouble = 0;
  for (const face of room.faces) trouble += (COST.face * overlapArea(grow(face, 6), box)) / area;
  for (const other of room.taken) trouble += COST.overlap * shapeOverlap({ box, oval: wish.oval }, other, 10);
  for (const tail of room.tails) if (crosses(tail.a, tail.b, grow(box, 6))) trouble += COST.tail;
  if (wish.ordered) trouble += COST.order * orderDebt(box, room.prev);
  for (const a of wish.anchors) for (const other of room.taken) if (crosses(centre, a, other.box)) trouble += COST.tail;
  return trouble;
}

/**
 * Spots on a grid for a w × h balloon, best first: the best, then up to `count - 1` others at least half a balloon
 * away from those before. `compact`: only high in the panel and on its side, for when keeping near the speakers
 * leaves the later balloons no room.
 */
function bestSpots(w: number, h: number, wish: Wish, room: Room, compact: boolean, count = 1): Spot[] {
  const { panel, margin } = room;
  const span = (length: number, size: number) => {
    const lo = margin;
    const hi = length - margin - size;
    if (hi < lo) return [Math.max(0, Math.round((length - size) / 2))];
    const steps = Math.min(32, Math.max(1, Math.ceil((hi - lo) / 8)));
    return Array.from({ length: steps + 1 }, (_, i) => Math.round(lo + ((hi - lo) * i) / steps));
  };
  const spots: Spot[] = [];
  let best: Spot | undefined;
  for (const y of span(panel.height, h)) {
    for (const x of span(panel.width, w)) {
      const box = { x, y, w, h };
      const centre = { x: x + w / 2, y: y + h / 2 };
      const trouble = troubleAt(box, wish, room);
      let cost = trouble + (COST.top * y) / panel.height;
      if (wish.anchors.length > 0) {
        for (const a of wish.anchors) {
          cost += (COST.side * Math.abs(centre.x - a.x)) / panel.width / wish.anchors.length;
          if (compact) continue;
          cost += (COST.below * Math.max(0, centre.y - a.y)) / panel.height / wish.anchors.length;
          // a tail of a few ems: a balloon far above its speaker comes down toward them
          const far = Math.hypot(Math.max(x - a.x, 0, a.x - x - w), Math.max(y - a.y, 0, a.y - y - h));
          cost += (COST.near * Math.max(0, far - Math.max(200, panel.height * 0.45))) / panel.height / wish.anchors.length;
        }
      } else {
        cost += (COST.side * Math.abs(centre.x - wish.x * panel.width)) / panel.width;
      }
      if (count === 1) {
        if (!best || cost < best.cost - 1e-9) best = { box, trouble, cost };
      } else spots.push({ box, trouble, cost });
    }
  }
  if (count === 1) return best ? [best] : [];
  // A stable sort: equal costs keep grid order (top-left first), so placement is deterministic.
  spots.sort((a, b) => a.cost - b.cost);
  const picked: Spot[] = [];
  for (const spot of spots) {
    if (picked.length === count) break;
    if (picked.every((p) => Math.abs(p.box.x - spot.box.x) > w / 2 || Math.abs(p.box.y - spot.box.y) > h / 2)) picked.push(spot);
  }
  return picked;
}

const tailSegments = (b: Pick<Balloon, 'box' | 'tails'>): Segment[] =>
  b.tails.map((tip) => ({ a: { x: b.box.x + b.box.w / 2, y: b.box.y + b.box.h / 2 }, b: tip }));

interface Scene {
  panel: PanelSize;
  margin: number;
  balloons: readonly Balloon[];
  /** The fitted size of each auto balloon; null for author ones. */
  sizes: readonly ({ w: number; h: number } | null)[];
  speakers: readonly SpeakerSpot[];
  faces: readonly Box[];
  wishes: readonly Wish[];
}

interface Arrangement {
  boxes: (Box | null)[];
  trouble: number;
}

/**
 * Places the auto balloons one by one in reading order, each at its best spot given those before, except the
 * `pinned` ones. `probe` collects the alternatives for one balloon (the room as it is when that one is placed).
 */
function arrange(scene: Scene, compact: boolean, pinned: ReadonlyMap<number, Box>, probe?: { index: number; spots: Spot[] }): Arrangement {
  // Author boxes are known up front: auto ones keep off all of them, before and after in reading order.
  const authored = scene.balloons.filter((b) => b.placed === 'author');
  const room: Room = { panel: scene.panel, margin: scene.margin, faces: scene.faces, taken: authored.map((b) => ({ box: b.box, oval: b.kind !== 'narration' && b.kind !== 'sfx' })), tails: authored.flatMap(tailSegments), prev: undefined };
  let trouble = 0;
  const boxes = scene.balloons.map((balloon, i) => {
    const size = scene.sizes[i];
    if (!size) {
      room.prev = balloon.box;
      return null;
    }
    const w = Math.min(size.w, scene.panel.width);
    const h = Math.min(size.h, scene.panel.height);
    if (probe?.index === i) probe.spots = bestSpots(w, h, scene.wishes[i], room, compact, 4);
    const pin = pinned.get(i);
    const spot = pin ? { box: pin, trouble: troubleAt(pin, scene.wishes[i], room) } : bestSpots(w, h, scene.wishes[i], room, compact)[0];
    trouble += spot.trouble;
    room.taken = [...room.taken, { box: spot.box, oval: scene.wishes[i].oval }];
    room.tails = [...room.tails, ...tailSegments({ box: spot.box, tails: tailsOf(balloon, spot.box, scene, scene.faces) })];
    if (scene.wishes[i].ordered) room.prev = spot.box;
    return spot.box;
  });
  return { boxes, trouble };
}

/**
 * When the greedy pass leaves trouble, each balloon in turn tries its next-best spots with the later ones placed
 * again: a balloon that grabbed the room a later one needed gives it up (one step of lookahead).
 */
function repaired(scene: Scene, first: Arrangement): Arrangement {
  let best = first;
  for (let i = 0; i < scene.balloons.length && best.trouble > 0; i++) {
    if (!scene.sizes[i]) continue;
    const before = new Map<number, Box>();
    for (let j = 0; j < i; j++) if (best.boxes[j]) before.set(j, best.boxes[j]!);
    const probe = { index: i, spots: [] as Spot[] };
    arrange(scene, false, before, probe);
    for (const alt of probe.spots) {
      const tried = arrange(scene, false, new Map([...before, [i, alt.box]]));
      if (tried.trouble < best.trouble - 1e-9) best = tried;
    }
  }
  return best;
}

function tailsOf(balloon: Balloon, box: Box, scene: Scene, blockers: readonly Box[]): Point[] {
  if (!TAILED_KINDS.includes(balloon.kind)) return [];
  return tailsFor(balloon, box, scene.speakers, { ...scene.panel, faces: blockers }, fontSizeOf(balloon.kind, balloon.fontSize));
}

/**
 * The panel's balloons with every 'auto' one sized and placed (box and tails); 'author' ones returned as they are.
 * Panel pixels; boxes and tips in whole pixels. Balloons go near their speakers, repaired with a step of lookahead
 * when that leaves a face covered, balloons overlapping or the order broken, else stacked from the top: whichever
 * breaks least (the first on a tie).
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
  const scene: Scene = {
    panel,
    margin,
    balloons,
    speakers,
    faces: speakers.flatMap((s) => (s.face ? [s.face] : [])),
    wishes: sideWishes(balloons, speakers),
    sizes: balloons.map((b) =>
      b.placed === 'author'
        ? null
        : fitBalloon(b.kind, b.text, measure, { fontSize: b.fontSize, maxBox: { w: panel.width - 2 * margin, h: panel.height - 2 * margin }, fonts }),
    ),
  };
  let best = arrange(scene, false, new Map());
  if (best.trouble > 0) best = repaired(scene, best);
  if (best.trouble > 0) {
    const stacked = arrange(scene, true, new Map());
    if (stacked.trouble < best.trouble - 1e-9) best = stacked;
  }
  const boxes = best.boxes;
  // With every box known, each auto tail stops short of the other balloons, as it does of faces.
  const all = balloons.map((b, i) => boxes[i] ?? b.box);
  return balloons.map((b, i) => {
    const box = boxes[i];
    if (!box) return b;
    return { ...b, box, tails: tailsOf(b, box, scene, [...scene.faces, ...all.filter((_, j) => j !== i)]) };
  });
}
