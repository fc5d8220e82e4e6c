// The plan's spatial relations honoured on a placed layout where the geometry allows: left_of / right_of order the
// groups along x, in_front_of / behind order them in depth (swapping their ground lines), next_to brings one beside
// the other. Groups staged by an interaction move as one.
import type { PlanRelation } from '../../plans/shared/plan-contract.js';
import type { Setting } from './catalog/settings.js';
import type { SceneObject } from './scene-graph.js';
import { MAX_SCALE, MIN_SCALE, clamp01, groundDepth, scaleAt } from './scene/perspective.js';
import { groupWidth } from './scene/placement.js';

/** A placed group with what re-placing it needs. */
export interface Placed {
  ref: string;
  object: SceneObject;
  metres: number;
  /** Behind a fixture, on a surface or staged with a partner: its ground line stays. */
  pinned: boolean;
  /** Staged partner (moved together along x). */
  partner?: Placed;
}

const onFloor = (p: Placed) => !p.pinned && p.object.zone === 'ground' && p.object.on === null;

/** Keeps the group's box inside the frame (x over the width, heights over the height). */
export function keepInFrame(o: SceneObject, aspect: number): void {
  const half = groupWidth(o.scale, o.count, aspect) / 2;
  o.x = half >= 0.5 ? 0.5 : Math.min(1 - half, Math.max(half, o.x));
  if (o.y - o.scale < 0) o.y = Math.min(1, o.scale);
  if (o.y > 1) o.y = 1;
}

function shiftX(p: Placed, x: number, aspect: number): void {
  const dx = x - p.object.x;
  for (const q of p.partner ? [p, p.partner] : [p]) {
    q.object.x += dx;
    keepInFrame(q.object, aspect);
  }
}

/** Puts p's feet on ground line y, resized and re-depthed by perspective. */
function toGroundLine(s: Setting, p: Placed, y: number, aspect: number): void {
  p.object.y = Math.min(0.98, y);
  p.object.scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE * 0.8, scaleAt(s, y, p.metres)));
  p.object.depth = groundDepth(s, p.object.y);
  keepInFrame(p.object, aspect);
}

function order(a: Placed, b: Placed, aspect: number): void {
  // a must be left of b: swap their centres, then make sure they do not sit on top of each other.
  if (a.object.x > b.object.x) {
    const ax = a.object.x;
    shiftX(a, b.object.x, aspect);
    shiftX(b, ax, aspect);
  }
  if (a.object.x >= b.object.x) {
    const need = (groupWidth(a.object.scale, a.object.count, aspect) + groupWidth(b.object.scale, b.object.count, aspect)) / 4;
    shiftX(a, Math.max(0, b.object.x - need), aspect);
  }
}

function depthOrder(s: Setting, front: Placed, back: Placed, aspect: number): void {
  if (front.object.depth > back.object.depth) return;
  if (!onFloor(front) || !onFloor(back)) return;
  const near = Math.max(front.object.y, back.object.y), far = Math.min(front.object.y, back.object.y);
  toGroundLine(s, front, near === far ? near + 0.06 : near, aspect);
  toGroundLine(s, back, far, aspect);
  front.object.depth = clamp01(Math.max(front.object.depth, back.object.depth + 0.01));
}

function beside(s: Setting, a: Placed, b: Placed, aspect: number): void {
  const gap = (groupWidth(a.object.scale, a.object.count, aspect) + groupWidth(b.object.scale, b.object.count, aspect)) / 2;
  if (Math.abs(a.object.x - b.object.x) <= gap * 1.3 && Math.abs(a.object.depth - b.object.depth) < 0.12) return;
  if (onFloor(a) && b.object.zone === 'ground') toGroundLine(s, a, b.object.y, aspect);
  const wa = groupWidth(a.object.scale, a.object.count, aspect);
  const wb = groupWidth(b.object.scale, b.object.count, aspect);
  const right = b.object.x + (wa + wb) / 2 + 0.01;
  const left = b.object.x - (wa + wb) / 2 - 0.01;
  const fitsRight = right + wa / 2 <= 0.99;
  const fitsLeft = left - wa / 2 >= 0.01;
  if (fitsRight && (!fitsLeft || a.object.x >= b.object.x)) shiftX(a, right, aspect);
  else if (fitsLeft) shiftX(a, left, aspect);
}

/** Applies the plan's spatial relations in order; relations naming something not drawn are skipped. */
export function honourRelations(s: Setting, placed: readonly Placed[], relations: readonly PlanRelation[], aspect: number): void {
  const byRef = new Map<string, Placed>();
  for (const p of placed) if (!byRef.has(p.ref)) byRef.set(p.ref, p);
  for (const r of relations) {
    const a = byRef.get(r.a), b = byRef.get(r.b);
    if (!a || !b || a === b) continue;
    switch (r.rel) {
      case 'left_of': order(a, b, aspect); break;
      case 'right_of': order(b, a, aspect); break;
      case 'in_front_of': depthOrder(s, a, b, aspect); break;
      case 'behind': depthOrder(s, b, a, aspect); break;
      case 'next_to': if (!a.partner || a.partner !== b) beside(s, a, b, aspect); break;
      default: break; // on: placed on its surface; interactions: staged
    }
  }
}
