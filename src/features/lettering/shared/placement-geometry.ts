// The geometry auto placement weighs spots with: how much two balloons overlap, whether a tail crosses a box,
// whether one balloon reads after another.
import type { Box, Point } from './lettering-contract';

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

export interface Shape {
  box: Box;
  /** An oval (its box's inscribed ellipse) rather than a box. */
  oval: boolean;
}

/** Radius of the box's inscribed ellipse toward (dx, dy), a unit vector. */
const radiusToward = (b: Box, dx: number, dy: number) => 1 / Math.hypot(dx / (b.w / 2), dy / (b.h / 2));

/**
 * How much two balloons' shapes overlap, 0…1, with `gap` px kept clear. Two ovals: how far their radii along the
 * line between their centres reach into each other (exact for circles, close for ellipses) — ovals may share the
 * corners of their boxes. Otherwise the share of the smaller box that the other (grown by the gap) covers.
 */
export function shapeOverlap(a: Shape, b: Shape, gap: number): number {
  if (a.oval && b.oval) {
    const ca = { x: a.box.x + a.box.w / 2, y: a.box.y + a.box.h / 2 };
    const cb = { x: b.box.x + b.box.w / 2, y: b.box.y + b.box.h / 2 };
    const d = Math.hypot(cb.x - ca.x, cb.y - ca.y);
    if (d < 1e-6) return 1;
    const ra = radiusToward(a.box, (cb.x - ca.x) / d, (cb.y - ca.y) / d);
    const rb = radiusToward(b.box, (cb.x - ca.x) / d, (cb.y - ca.y) / d);
    return Math.min(1, Math.max(0, ra + rb + gap - d) / Math.min(ra, rb));
  }
  return overlapArea(grow(a.box, gap), b.box) / Math.min(a.box.w * a.box.h, b.box.w * b.box.h);
}

/** Reads after `prev`: its top lower (by a clear step), or level-or-lower and to its right; else how far off, > 0. */
export function orderDebt(box: Box, prev: Box | undefined): number {
  if (!prev) return 0;
  const step = Math.min(prev.h * 0.3, 40);
  const below = box.y - (prev.y + step);
  if (below >= 0) return 0;
  const rightOf = box.x - (prev.x + prev.w * 0.5);
  if (rightOf >= 0 && box.y >= prev.y) return 0;
  return Math.min(-below, prev.h) / Math.max(1, prev.h) + (rightOf < 0 ? 0.5 : 0);
}

/** Whether the segment a–b passes through `box` (Liang–Barsky clipping). */
export function crosses(a: Point, b: Point, box: Box): boolean {
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

export interface Segment {
  a: Point;
  b: Point;
}
