// What the author does to one balloon on the panel — move, resize, drag a tail, add or remove a tail, switch its
// style — as pure updates in panel pixels. Every one keeps the balloon inside its panel and marks it placed by the
// author, so auto placement leaves it where it was put. Nothing here mutates its inputs.
import { BALLOON_KINDS, type Balloon, type BalloonKind, type Box, type Point } from './lettering-contract';

export interface PanelSize {
  width: number;
  height: number;
}

/** The smallest box a resize leaves: a balloon still holds a short word at the smallest lettering size. */
export const MIN_BALLOON_SIZE = { w: 60, h: 40 } as const;
/** Tails one balloon may have (one per speaker sharing it); more is clutter, not lettering. */
export const MAX_TAILS = 4;
/** Kinds drawn without a tail: a caption box and sound-effect lettering point at no one. */
export const TAILLESS_KINDS: readonly BalloonKind[] = ['narration', 'sfx'];

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));
const round = (value: number) => Math.round(value);

function authored(balloon: Balloon, change: Partial<Balloon>): Balloon {
  return { ...balloon, ...change, placed: 'author' };
}

/** The box pulled fully inside the panel (shrunk first if it is larger than the panel). */
export function boxInside(box: Box, panel: PanelSize): Box {
  const w = clamp(round(box.w), 1, panel.width);
  const h = clamp(round(box.h), 1, panel.height);
  return { x: clamp(round(box.x), 0, panel.width - w), y: clamp(round(box.y), 0, panel.height - h), w, h };
}

export function pointInside(point: Point, panel: PanelSize): Point {
  return { x: clamp(round(point.x), 0, panel.width), y: clamp(round(point.y), 0, panel.height) };
}

/** Moved by (dx, dy) panel pixels from where it was, stopping at the panel's edges; its tails stay where they point. */
export function moveBalloon(balloon: Balloon, dx: number, dy: number, panel: PanelSize): Balloon {
  const box = boxInside({ ...balloon.box, x: balloon.box.x + dx, y: balloon.box.y + dy }, panel);
  return authored(balloon, { box });
}

/** Its bottom-right corner dragged by (dw, dh): no smaller than MIN_BALLOON_SIZE, no further than the panel's edge. */
export function resizeBalloon(balloon: Balloon, dw: number, dh: number, panel: PanelSize): Balloon {
  const { x, y } = balloon.box;
  const w = clamp(round(balloon.box.w + dw), Math.min(MIN_BALLOON_SIZE.w, panel.width - x), panel.width - x);
  const h = clamp(round(balloon.box.h + dh), Math.min(MIN_BALLOON_SIZE.h, panel.height - y), panel.height - y);
  return authored(balloon, { box: { x, y, w, h } });
}

/** Tail `index` now points at `tip` (inside the panel); an index it does not have changes nothing. */
export function moveTail(balloon: Balloon, index: number, tip: Point, panel: PanelSize): Balloon {
  if (index < 0 || index >= balloon.tails.length) return balloon;
  const tails = balloon.tails.map((t, i) => (i === index ? pointInside(tip, panel) : { ...t }));
  return authored(balloon, { tails });
}

/**
 * One more tail, pointing below the balloon and to one side of the tails it has, so the new one is seen at once.
 * Tailless kinds and a balloon with MAX_TAILS are returned as they are.
 */
export function addTail(balloon: Balloon, panel: PanelSize): Balloon {
  if (TAILLESS_KINDS.includes(balloon.kind) || balloon.tails.length >= MAX_TAILS) return balloon;
  const { x, y, w, h } = balloon.box;
  const spots = [0.5, 0.2, 0.8, 0.35, 0.65].map((f) => x + w * f);
  const free = spots.find((sx) => balloon.tails.every((t) => Math.abs(t.x - sx) > w * 0.1)) ?? spots[0];
  // Below the balloon when there is room, above it otherwise.
  const below = y + h + Math.max(40, h * 0.5);
  const tipY = below <= panel.height ? below : Math.max(0, y - Math.max(40, h * 0.5));
  return authored(balloon, { tails: [...balloon.tails.map((t) => ({ ...t })), pointInside({ x: free, y: tipY }, panel)] });
}

/** Without tail `index` (the last one when left out); a balloon with no tails is returned as it is. */
export function removeTail(balloon: Balloon, index = balloon.tails.length - 1): Balloon {
  if (index < 0 || index >= balloon.tails.length) return balloon;
  return authored(balloon, { tails: balloon.tails.filter((_, i) => i !== index).map((t) => ({ ...t })) });
}

/**
 * Drawn as another style. A tailless kind drops its tails; a kind with a tail that had none gets one, so a caption
 * turned into speech points at someone.
 */
export function setBalloonKind(balloon: Balloon, kind: BalloonKind, panel: PanelSize): Balloon {
  if (!BALLOON_KINDS.includes(kind) || kind === balloon.kind) return balloon;
  const next = authored(balloon, { kind });
  if (TAILLESS_KINDS.includes(kind)) return { ...next, tails: [] };
  return next.tails.length === 0 ? addTail(next, panel) : next;
}

/** The balloon's text with the author's words: newlines become spaces, since a dialogue line is one treatment line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
