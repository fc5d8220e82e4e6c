// A plan's interaction (uses / plays_with / rides / cuts / pulls) staged as the dataset stages it: the actor and its prop
// placed together by scene/interactions.ts's geometry, then dressed in the cast's look.
import type { Rng } from '../../../core/rng.js';
import type { Setting } from './catalog/settings.js';
import { bustSprite, idleSprite } from './cast-looks.js';
import { dressed, fullBodySprite, nearGround, type Want } from './plan-wants.js';
import type { InteractionKind, SceneObject } from './scene-graph.js';
import { stageAtFixture, stageHitch, stageInAir, stageRider, type StagedPair } from './scene/interactions.js';
import { MAX_SCALE, clamp01, scaleAt } from './scene/perspective.js';
import { groupWidth, placeGroup } from './scene/placement.js';

/** Seat height (fraction of the mount's height) of things one rides; a motorbike's by default. */
const SEATS: Record<string, number> = { horse: 0.52, bicycle: 0.36, kick_scooter: 0.3, scooter: 0.32, elephant: 0.6, cow: 0.5 };
const RIDDEN = new Set(['motorcycle', 'scooter', 'bicycle', 'kick_scooter', 'horse', 'elephant', 'cow', 'tractor', 'skateboard']);

/** The prop on the ground beside the actor, at its feet (a ball, a picnic, a bag): same distance, the hand's side. */
function stageBeside(rng: Rng, s: Setting, actor: Want, prop: Want, metres: number, aspect: number): StagedPair | null {
  const spot = placeGroup(rng, s, { zone: 'ground', count: actor.count, bust: false, metres, aspect, lane: actor.castId ? nearGround(s) : undefined });
  if (!spot) return null;
  const scale = Math.min(MAX_SCALE, Math.max(0.05, scaleAt(s, spot.y, prop.kind.size)));
  const reach = groupWidth(spot.scale, actor.count, aspect) / 2 + groupWidth(scale, prop.count, aspect) / 2 + 0.005;
  const half = groupWidth(scale, prop.count, aspect) / 2;
  let x = spot.x + (rng.chance(0.5) ? reach : -reach);
  if (x - half < 0.01 || x + half > 0.99) x = 2 * spot.x - x;
  if (x - half < 0.01 || x + half > 0.99) return null;
  const mk = (w: Want, sp: typeof spot): SceneObject => ({ kind: w.kind.id, count: w.count, action: null, ...sp, hexcode: w.kind.hexcode, tone: 0, flip: false });
  return { actor: mk(actor, spot), prop: mk(prop, { ...spot, x, scale, depth: clamp01(spot.depth + 0.003) }) };
}

function actorMetres(w: Want): number {
  return w.kind.size * (w.look?.size ?? 1);
}

/**
 * Places `actor` acting on `prop`; null when the setting has no room for the pair (the two are then placed on their own).
 * The actor keeps the look: a bust (its hair variant) behind a fixture or on a seat, else its full-body sprite.
 */
export function stagePlanPair(rng: Rng, s: Setting, actor: Want, rel: InteractionKind, prop: Want, aspect: number): StagedPair | null {
  const person = actor.kind.category === 'person';
  const opts = { aspect, size: actor.look?.size ?? 1, propCount: prop.count, lane: actor.castId ? nearGround(s) : undefined };
  let pair: StagedPair | null = null;
  let bust = false;
  const restsOnFixture = prop.kind.placement.includes('surface') && s.surfaces.length > 0;
  if (person && rel === 'rides' && RIDDEN.has(prop.kind.id)) {
    pair = stageRider(rng, s, actor.kind, actor.action, prop.kind, { ...opts, seat: SEATS[prop.kind.id] ?? 0.3 });
    bust = true;
  } else if (rel === 'pulls' && prop.kind.placement.includes('ground')) {
    const band: [number, number] = s.lanes?.[prop.kind.id] ?? [Math.max(0.62, s.horizon + 0.14), 0.84];
    pair = stageHitch(rng, s, actor.kind, prop.kind, { ...opts, band });
  } else if (person && restsOnFixture && rel !== 'plays_with') {
    pair = stageAtFixture(rng, s, actor.kind, actor.action, actor.count, () => prop.kind, opts);
    bust = true;
  } else if (prop.kind.placement.includes('sky') || (rel === 'plays_with' && prop.kind.size <= 0.3 && prop.kind.id === 'frisbee')) {
    pair = stageInAir(rng, s, actor.kind, actor.count, fullBodySprite(actor).action, prop.kind, opts);
  } else {
    pair = stageBeside(rng, s, actor, prop, actorMetres(actor), aspect);
  }
  if (!pair) return null;
  const look = bust ? { base: bustSprite(actor.kind, actor.look), action: actor.action } : fullBodySprite(actor);
  return {
    actor: dressed(actor, pair.actor, look.base, look.action, pair.actor.flip, rng),
    prop: dressed(prop, pair.prop, prop.castId ? fullBodySprite(prop).base : idleSprite(prop.kind, prop.look), prop.action, pair.prop.flip, rng),
  };
}
