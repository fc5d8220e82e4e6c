// Samples a plausible scene graph: a setting, a time of day, a style and 1–4 groups of things,
// each placed by perspective, ordered far → near, with relations read off the layout.
import type { Rng } from '../../../../core/rng.js';
import { actionHexcode, personAction } from '../catalog/actions.js';
import { OBJECT_BY_ID, objectKind, type ObjectKind } from '../catalog/objects.js';
import { SETTINGS, setting as settingById, type Setting } from '../catalog/settings.js';
import { STYLES, type ArtStyle, type Placement, type Relation, type SceneGraph, type SceneObject, type TimeOfDay } from '../scene-graph.js';
import { placeGroup, spotBox, type Spot } from './placement.js';
import { stageInteraction } from './interactions.js';
import { deriveRelations } from './relations.js';
import { withSkinTone } from './tones.js';

export interface SceneOptions {
  setting?: string;
  time?: TimeOfDay;
  style?: ArtStyle;
  /** Kinds that must appear (a story's cast), placed first. */
  cast?: readonly string[];
  /** Number of object groups (1..4); sampled when absent. */
  groups?: number;
}

const MAX_PEOPLE_GROUPS = 2;

/** Zones a setting offers. */
export function zonesOf(s: Setting): Set<Placement> {
  const zones = new Set<Placement>(['ground']);
  if (s.surfaces.length > 0) zones.add('surface');
  if (s.indoor) zones.add('wall');
  else zones.add('sky');
  if (s.water) zones.add('water');
  return zones;
}

/** Kinds of a setting that have somewhere to go there. */
export function placeableKinds(s: Setting): ObjectKind[] {
  const zones = zonesOf(s);
  return s.kinds.map(objectKind).filter((k) => k.placement.some((p) => zones.has(p)));
}

/** Settings where every kind of `cast` is plausible. */
export function settingsFor(cast: readonly string[]): Setting[] {
  return SETTINGS.filter((s) => cast.every((k) => s.kinds.includes(k)));
}

function pickCount(rng: Rng, kind: ObjectKind): number {
  if (kind.maxCount <= 1) return 1;
  const r = rng.next();
  const count = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
  return Math.min(count, kind.maxCount);
}

const soloActions = new Map<string, string[]>();

/** Actions a setting offers on their own (those acting on a prop come only with it, via interactions.ts). */
function soloActionsOf(s: Setting): string[] {
  let found = soloActions.get(s.id);
  if (!found) soloActions.set(s.id, (found = s.actions.filter((a) => !personAction(a).withProp)));
  return found;
}

function pickAction(rng: Rng, kind: ObjectKind, s: Setting): string | null {
  if (!kind.actor) return null;
  const idleIsBust = kind.bust && s.surfaces.length === 0; // a bust with nothing to stand behind
  if (!idleIsBust && rng.chance(0.25)) return null;
  return rng.pick(soloActionsOf(s));
}

function overlapsTooMuch(spot: Spot, count: number, placed: SceneObject[]): boolean {
  const [x0, y0, x1, y1] = spotBox(spot, count);
  return placed.some((o) => {
    if (Math.abs(o.depth - spot.depth) > 0.15 && o.zone === spot.zone) return false;
    const [a0, b0, a1, b1] = spotBox(o, o.count);
    const w = Math.min(x1, a1) - Math.max(x0, a0);
    const h = Math.min(y1, b1) - Math.max(y0, b0);
    if (w <= 0 || h <= 0) return false;
    const smaller = Math.min((x1 - x0) * (y1 - y0), (a1 - a0) * (b1 - b0));
    return (w * h) / smaller > 0.3;
  });
}

function tryPlace(rng: Rng, s: Setting, kind: ObjectKind, placed: SceneObject[]): SceneObject | null {
  const zones = zonesOf(s);
  for (let attempt = 0; attempt < 8; attempt++) {
    const actionId = pickAction(rng, kind, s);
    const action = actionId ? personAction(actionId) : null;
    const options = action ? [action.zone] : kind.placement.filter((p) => zones.has(p));
    if (options.length === 0) return null;
    const zone = rng.chance(0.65) ? options[0] : rng.pick(options);
    const count = action && action.bust ? 1 : pickCount(rng, kind);
    const bust = action ? !!action.bust : !!kind.bust;
    const spot = placeGroup(rng, s, {
      zone, count, bust, metres: action ? action.size * (kind.size / 1.7) : kind.size,
      lane: s.lanes?.[kind.id], surfaces: kind.surfaces,
    });
    if (!spot || overlapsTooMuch(spot, count, placed)) continue;
    const base = action ? actionHexcode(action, kind.gender) : kind.hexcode;
    const tone = kind.skinTones ? rng.int(6) : 0;
    return {
      kind: kind.id, count, action: actionId, ...spot,
      hexcode: withSkinTone(base, tone), tone: withSkinTone(base, tone) === base ? 0 : tone,
      flip: rng.chance(0.5),
    };
  }
  return null;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function sampleScene(rng: Rng, id: string, options: SceneOptions = {}): SceneGraph {
  const candidates = options.cast ? settingsFor(options.cast) : SETTINGS;
  const s = options.setting ? settingById(options.setting) : rng.pick(candidates.length ? candidates : SETTINGS);
  const time = options.time ?? rng.pick(s.times);
  const style = options.style ?? rng.pick(STYLES);
  let groups = options.groups ?? rng.weighted([1, 2, 3, 4], [3, 4, 3, 2]);
  // Kinds that only come with a partner (a carriage with its horse) are staged, never drawn at random.
  const pool = placeableKinds(s).filter((k) => !k.onlyWith);
  const actors = pool.filter((k) => k.actor);
  // A story keeps its cast; other scenes are sometimes built around an interaction (a person and a prop).
  const staged = options.cast || options.groups ? null : stageInteraction(rng, s);
  const placed: SceneObject[] = [...(staged?.objects ?? [])];
  const used = new Set<string>(placed.map((o) => o.kind));
  const wanted = [...(options.cast ?? []), ...(staged?.wanted ?? [])];
  if (staged) groups = Math.min(4, staged.groups);
  for (let tries = 0; placed.length < groups && tries < groups * 6; tries++) {
    let kind: ObjectKind;
    if (wanted.length > 0) kind = objectKind(wanted.shift()!);
    else if (placed.length === 0 && actors.length > 0 && rng.chance(0.6)) kind = rng.pick(actors);
    else kind = rng.pick(pool);
    const people = placed.filter((o) => OBJECT_BY_ID.get(o.kind)?.category === 'person').length;
    if (used.has(kind.id) || (kind.category === 'person' && people >= MAX_PEOPLE_GROUPS && !options.cast?.includes(kind.id))) continue;
    const object = tryPlace(rng, s, kind, placed);
    if (object) {
      placed.push(object);
      used.add(kind.id);
    }
  }
  if (placed.length === 0) throw new Error(`sampleScene: nothing fits in ${s.id} (scene ${id})`);
  const order = placed
    .map((o, i) => ({ o, i }))
    .sort((p, q) => p.o.depth - q.o.depth || p.o.y - q.o.y || p.i - q.i);
  const ordered = order.map(({ o }) => ({ ...o, x: round3(o.x), y: round3(o.y), scale: round3(o.scale), depth: round3(o.depth) }));
  const indexOf = new Map(order.map(({ o }, k) => [o, k]));
  // Spatial relations first (one per pair), then who acts on what.
  const links: Relation[] = (staged?.links ?? []).map((l) => ({ a: indexOf.get(l.actor)!, rel: l.rel, b: indexOf.get(l.prop)! }));
  return { id, setting: s.id, time, style, objects: ordered, relations: [...deriveRelations(ordered), ...links] };
}
