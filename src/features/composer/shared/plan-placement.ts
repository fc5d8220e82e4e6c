// Places one want on its own with relaxed retries: placement.ts's spots with little overlap first, then more, then a
// spot forced into the frame (smaller, overlapping) so a named kind is dropped only when the setting has no zone for it.
import type { Rng } from '../../../core/rng.js';
import type { Setting } from './catalog/settings.js';
import { nearGround, type Drawing, type Want } from './plan-wants.js';
import type { Placement, SceneObject } from './scene-graph.js';
import { MAX_SCALE, MIN_SCALE, clamp01, farDepth, groundDepth, scaleAt } from './scene/perspective.js';
import { groupWidth, placeGroup, spotBox, type Spot } from './scene/placement.js';

/** Share of the smaller box covered by the larger overlap with anything placed (0 none … 1 hidden). */
function overlap(spot: Spot, count: number, placed: readonly SceneObject[], aspect: number, sameDepthOnly: boolean): number {
  const [x0, y0, x1, y1] = spotBox(spot, count, aspect);
  let worst = 0;
  for (const o of placed) {
    if (sameDepthOnly && Math.abs(o.depth - spot.depth) > 0.15 && o.zone === spot.zone) continue;
    const [a0, b0, a1, b1] = spotBox(o, o.count, aspect);
    const w = Math.min(x1, a1) - Math.max(x0, a0);
    const h = Math.min(y1, b1) - Math.max(y0, b0);
    if (w <= 0 || h <= 0) continue;
    const smaller = Math.min((x1 - x0) * (y1 - y0), (a1 - a0) * (b1 - b0));
    worst = Math.max(worst, (w * h) / smaller);
  }
  return worst;
}

/** Overlap allowed per pass: people keep their faces clear first; later passes accept more. */
const PASSES = [
  { limit: 0.12, sameDepthOnly: false },
  { limit: 0.3, sameDepthOnly: true },
  { limit: 0.6, sameDepthOnly: true },
];

/** A spot inside the frame in `zone`, smaller if it must be, ignoring what is already there. */
function forcedSpot(rng: Rng, s: Setting, w: Want, d: Drawing, zone: Placement, aspect: number): Spot {
  const fit = (scale: number, y: number) => {
    let sc = Math.min(scale, y - 0.02, (0.96 * aspect) / (1 + 0.72 * (w.count - 1)));
    sc = Math.max(0.03, sc);
    const half = groupWidth(sc, w.count, aspect) / 2;
    return { scale: sc, x: rng.range(Math.min(0.5, half + 0.01), Math.max(0.5, 1 - half - 0.01)) };
  };
  if (zone === 'surface' && s.surfaces.length) {
    const f = rng.pick(s.surfaces);
    const { scale, x } = fit(Math.max(MIN_SCALE * 0.6, scaleAt(s, f.bottom, d.metres)), f.top);
    return { x, y: f.top, scale, depth: clamp01(groundDepth(s, f.bottom) + 0.02), on: f.id, zone: 'surface' };
  }
  if (zone === 'sky' || zone === 'wall') {
    const y = rng.range(Math.min(0.3, s.horizon - 0.05), s.horizon - 0.04);
    const { scale, x } = fit(Math.min(0.2, Math.max(0.08, scaleAt(s, s.horizon, d.metres))), y);
    return { x, y, scale, depth: zone === 'sky' ? 0.02 : farDepth(s), on: null, zone };
  }
  const [lo, hi] = zone === 'water' && s.water ? s.water : [Math.max(s.horizon + 0.08, s.water ? s.water[1] + 0.03 : 0), 0.96];
  const y = rng.range(lo, hi);
  const { scale, x } = fit(Math.min(MAX_SCALE, Math.max(MIN_SCALE * 0.8, scaleAt(s, y, d.metres))), y);
  return { x, y, scale, depth: groundDepth(s, y), on: null, zone };
}

/** Fixtures one sits on rather than behind (their back would hide a bust behind them). */
const SEATS = new Set(['couch', 'bed']);

/** A bust sitting on a couch or bed: head and shoulders above the seat, drawn in front of the fixture. */
function seatSpot(rng: Rng, s: Setting, w: Want, d: Drawing, aspect: number): Spot | null {
  const seats = s.surfaces.filter((f) => SEATS.has(f.id));
  if (seats.length === 0) return null;
  const f = rng.pick(seats);
  const scale = Math.min(MAX_SCALE, scaleAt(s, f.bottom, d.metres) * 0.62);
  const half = groupWidth(scale, w.count, aspect) / 2;
  const lo = f.x0 + half, hi = f.x1 - half;
  if (lo > hi) return null;
  return { x: rng.range(lo, hi), y: f.top + scale * 0.12, scale, depth: clamp01(groundDepth(s, f.bottom) + 0.02), on: f.id, zone: 'surface' };
}

/** A spot for `w` drawn as `d`, or null when none of its zones exists in `s`. */
export function placeWant(rng: Rng, s: Setting, w: Want, d: Drawing, placed: readonly SceneObject[], aspect: number): Spot | null {
  if (d.zones.length === 0) return null;
  const surfaces = w.surface && s.surfaces.some((f) => f.id === w.surface) ? [w.surface] : w.kind.surfaces;
  const zones: Placement[] = w.surface && surfaces?.length && d.zones.includes('surface') ? ['surface'] : d.zones;
  // The cast is what the panel is about: first try them in the nearer half of the ground, big enough to read.
  const near = w.castId && !d.bust && !s.lanes?.[w.kind.id] ? nearGround(s) : undefined;
  if (d.bust && zones[0] === 'ground') {
    for (let attempt = 0; attempt < 6; attempt++) {
      const seat = seatSpot(rng, s, w, d, aspect);
      if (seat && overlap(seat, w.count, placed, aspect, false) <= 0.2) return seat;
    }
  }
  for (const [p, pass] of PASSES.entries()) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const zone = attempt < 5 ? zones[0] : rng.pick(zones);
      const lane = s.lanes?.[w.kind.id] ?? (p === 0 && zone === 'ground' ? near : undefined);
      const spot = placeGroup(rng, s, { zone, count: w.count, bust: d.bust, metres: d.metres, lane, surfaces, aspect });
      if (spot && overlap(spot, w.count, placed, aspect, pass.sameDepthOnly) <= pass.limit) return spot;
    }
  }
  return forcedSpot(rng, s, w, d, zones[0], aspect);
}
