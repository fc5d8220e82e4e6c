// The body of each balloon kind inside its box, and where its text may go: the one geometry that sizing (fit),
// text layout and the outline share, so text sized for a balloon always lands inside the shape drawn for it.
import type { BalloonKind, Box } from './lettering-contract';

/** Outline width in page pixels (1.35 CSS px on a phone). */
export const BALLOON_STROKE = 3;

export type Body =
  | { shape: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { shape: 'rect'; x: number; y: number; w: number; h: number };

/** Widest and tallest an oval may get (rx / ry and ry / rx): flatter or taller ones read as lozenges or pills. */
const MAX_WIDE = 2.1;
const MAX_TALL = 1.25;

/** Space between the box's edge and the body: the cloud's bumps, the shout's spikes, the sfx letters' halo. */
export function bodyMargin(kind: BalloonKind, fontSize: number): number {
  switch (kind) {
    case 'thought':
      return Math.round(fontSize * 0.5);
    case 'shout':
      return Math.round(fontSize * 0.85);
    case 'sfx':
      return Math.round(fontSize * 0.12);
    default:
      return Math.ceil(BALLOON_STROKE / 2);
  }
}

/** Padding between the text and the body's edge. */
export function textPadding(kind: BalloonKind, fontSize: number): { x: number; y: number } {
  if (kind === 'narration') return { x: Math.round(fontSize * 0.6), y: Math.round(fontSize * 0.45) };
  if (kind === 'sfx') return { x: 0, y: 0 };
  // Bumps and spikes dip to the body's ellipse between them: more room, or letters touch the valleys.
  if (kind === 'thought' || kind === 'shout') return { x: Math.round(fontSize * 0.5), y: Math.round(fontSize * 0.3) };
  return { x: Math.round(fontSize * 0.3), y: Math.round(fontSize * 0.2) };
}

export function bodyOf(kind: BalloonKind, box: Box, fontSize: number): Body {
  const m = bodyMargin(kind, fontSize);
  const w = Math.max(1, box.w - 2 * m);
  const h = Math.max(1, box.h - 2 * m);
  if (kind === 'narration' || kind === 'sfx') return { shape: 'rect', x: box.x + m, y: box.y + m, w, h };
  return { shape: 'ellipse', cx: box.x + box.w / 2, cy: box.y + box.h / 2, rx: w / 2, ry: h / 2 };
}

/**
 * Width available to each of `lines` lines of text `blockHeight` tall, centred in the body, or 0 when they do not
 * fit its height. An oval is narrower away from its middle: every line's corners must lie inside the ellipse.
 */
export function textWidthIn(kind: BalloonKind, box: Box, fontSize: number, blockHeight: number): number {
  const body = bodyOf(kind, box, fontSize);
  const pad = textPadding(kind, fontSize);
  if (body.shape === 'rect') {
    if (blockHeight + 2 * pad.y > body.h + 0.5) return 0;
    return Math.max(0, body.w - 2 * pad.x);
  }
  const y = blockHeight / 2 + pad.y;
  if (y >= body.ry) return 0;
  const x = body.rx * Math.sqrt(1 - (y / body.ry) ** 2) - pad.x;
  return Math.max(0, 2 * x);
}

/** The smallest box (whole pixels) whose body holds a text block `textWidth` × `blockHeight` with its padding. */
export function boxForText(kind: BalloonKind, textWidth: number, blockHeight: number, fontSize: number): { w: number; h: number } {
  const m = bodyMargin(kind, fontSize);
  const pad = textPadding(kind, fontSize);
  const x = textWidth / 2 + pad.x;
  const y = blockHeight / 2 + pad.y;
  if (kind === 'narration' || kind === 'sfx') return { w: Math.ceil(2 * x + 2 * m), h: Math.ceil(2 * y + 2 * m) };
  // The least-area ellipse around an x × y half-rectangle has half-axes x√2, y√2; outside the allowed proportions
  // it is the ellipse of the limiting proportion through the rectangle's corner.
  let rx = x * Math.SQRT2;
  let ry = y * Math.SQRT2;
  if (rx > MAX_WIDE * ry) {
    ry = Math.sqrt((x / MAX_WIDE) ** 2 + y * y);
    rx = MAX_WIDE * ry;
  } else if (ry > MAX_TALL * rx) {
    rx = Math.sqrt(x * x + (y / MAX_TALL) ** 2);
    ry = MAX_TALL * rx;
  }
  // A one-word balloon is still a balloon, not a dot.
  rx = Math.max(rx, fontSize * 1.6);
  ry = Math.max(ry, fontSize * 0.95);
  return { w: Math.ceil(2 * rx + 2 * m), h: Math.ceil(2 * ry + 2 * m) };
}
