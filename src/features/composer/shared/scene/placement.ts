// Puts one group of sprites somewhere plausible in a setting: on the ground line, on a fixture,
// in the sky, on the wall or in the water, sized by perspective and kept inside the frame.
import type { Rng } from '../../../../core/rng.js';
import type { Setting } from '../catalog/settings.js';
import type { Placement, SceneObject, SurfaceId } from '../scene-graph.js';
import { MAX_SCALE, MIN_SCALE, baselineForScale, clamp01, farDepth, groundDepth, scaleAt } from './perspective.js';

/** Where a group lands: the placement fields of a SceneObject, same meanings. */
export type Spot = Pick<SceneObject, 'x' | 'y' | 'scale' | 'depth' | 'on' | 'zone'>;

export interface PlaceRequest {
  zone: Placement;
  metres: number;
  count: number;
  bust: boolean;
  lane?: [number, number];
  surfaces?: readonly SurfaceId[];
  /** Frame width / height (x runs 0…1 over the width; sizes are fractions of the height). 1 for the dataset's squares. */
  aspect?: number;
}

/** Width (in x units: fractions of a frame `aspect` times wider than tall) of a group of `count` sprites of height `scale`. */
export function groupWidth(scale: number, count: number, aspect = 1): number {
  return (scale * (1 + 0.72 * (count - 1))) / aspect;
}

/** Box [x0, y0, x1, y1] covered by a placed group (x over the frame's width, y over its height). */
export function spotBox(spot: Spot, count: number, aspect = 1): [number, number, number, number] {
  const half = groupWidth(spot.scale, count, aspect) / 2;
  return [spot.x - half, spot.y - spot.scale, spot.x + half, spot.y];
}

function fitX(rng: Rng, width: number, lo = 0, hi = 1): number | null {
  const margin = 0.01;
  const a = lo + width / 2 + margin;
  const b = hi - width / 2 - margin;
  if (a > b) return null;
  return rng.range(a, b);
}

function onSurface(rng: Rng, req: PlaceRequest, setting: Setting): Spot | null {
  const allowed = setting.surfaces.filter((f) => !req.surfaces || req.surfaces.includes(f.id));
  if (allowed.length === 0) return null;
  const fixture = rng.pick(allowed);
  // Size by where the fixture meets the floor: the object is that far from the camera.
  const scale = Math.max(MIN_SCALE * 0.8, scaleAt(setting, fixture.bottom, req.metres));
  const x = fitX(rng, groupWidth(scale, req.count, req.aspect), fixture.x0, fixture.x1);
  if (x === null) return null;
  const depth = clamp01(groundDepth(setting, fixture.bottom) + 0.02);
  return { x, y: fixture.top, scale, depth, on: fixture.id, zone: 'surface' };
}

function behindFixture(rng: Rng, req: PlaceRequest, setting: Setting): Spot | null {
  const fixture = rng.pick(setting.surfaces);
  const scale = Math.min(MAX_SCALE, scaleAt(setting, fixture.bottom - 0.03, req.metres));
  const x = fitX(rng, groupWidth(scale, req.count, req.aspect), Math.max(0, fixture.x0 - 0.05), Math.min(1, fixture.x1 + 0.05));
  if (x === null) return null;
  // The fixture hides the lower body: the sprite's bottom sits a little below its top edge.
  const y = Math.min(fixture.bottom, fixture.top + scale * 0.3);
  return { x, y, scale, depth: clamp01(groundDepth(setting, fixture.bottom) - 0.04), on: null, zone: 'ground' };
}

function onGround(rng: Rng, req: PlaceRequest, setting: Setting, band?: [number, number]): Spot | null {
  let lo = setting.water && req.zone === 'ground' ? setting.water[1] + 0.03 : setting.horizon + 0.04;
  let hi = 0.97;
  if (band) [lo, hi] = band;
  else if (req.lane) [lo, hi] = req.lane;
  // Keep the sprite readable and inside the frame: bound y by the scales it would get.
  lo = Math.max(lo, baselineForScale(setting, MIN_SCALE, req.metres));
  hi = Math.min(hi, baselineForScale(setting, MAX_SCALE, req.metres));
  if (lo > hi) {
    if (!band && !req.lane) return null;
    hi = lo; // a lane is where the thing must be, even if it comes out a little small or big
  }
  for (let attempt = 0; attempt < 6; attempt++) {
    const y = rng.range(lo, hi);
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE * 0.8, scaleAt(setting, y, req.metres)));
    const x = fitX(rng, groupWidth(scale, req.count, req.aspect));
    if (x === null) continue;
    const half = groupWidth(scale, req.count, req.aspect) / 2;
    // A ground object whose feet are behind a fixture's front would stand inside it.
    const blocked = setting.surfaces.some((f) => y < f.bottom + 0.02 && x + half > f.x0 && x - half < f.x1);
    if (blocked) continue;
    return { x, y, scale, depth: groundDepth(setting, y), on: null, zone: req.zone };
  }
  return null;
}

function inSky(rng: Rng, req: PlaceRequest, setting: Setting): Spot | null {
  const scale = clamp01(0.09 + 0.05 * Math.log2(1 + req.metres) + rng.range(-0.02, 0.03));
  const lo = 0.08 + scale;
  const hi = setting.horizon - 0.05;
  const x = fitX(rng, groupWidth(scale, req.count, req.aspect));
  if (lo > hi || x === null) return null;
  return { x, y: rng.range(lo, hi), scale, depth: 0.02, on: null, zone: 'sky' };
}

function onWall(rng: Rng, req: PlaceRequest, setting: Setting): Spot | null {
  const scale = Math.max(MIN_SCALE, scaleAt(setting, setting.horizon, req.metres));
  const lo = 0.1 + scale;
  const hi = setting.horizon - 0.04;
  const x = fitX(rng, groupWidth(scale, req.count, req.aspect));
  if (lo > hi || x === null) return null;
  return { x, y: rng.range(lo, hi), scale, depth: farDepth(setting), on: null, zone: 'wall' };
}

/** A spot for the group, or null when it cannot fit (the caller then tries another kind). */
export function placeGroup(rng: Rng, setting: Setting, req: PlaceRequest): Spot | null {
  if (req.bust && setting.surfaces.length > 0 && req.zone === 'ground') return behindFixture(rng, req, setting);
  switch (req.zone) {
    case 'surface': return onSurface(rng, req, setting);
    case 'sky': return setting.indoor ? null : inSky(rng, req, setting);
    case 'wall': return setting.indoor ? onWall(rng, req, setting) : null;
    case 'water': return setting.water ? onGround(rng, req, setting, setting.water) : null;
    case 'ground': return onGround(rng, req, setting);
  }
}
