// What a scene plan asks to draw, one "want" per cast member or object group, and how each is drawn in a setting:
// its sprite (a look's variant, an action's sprite, a bust behind a fixture), the zones it may go, its height.
import type { Rng } from '../../../core/rng.js';
import type { ScenePlan } from '../../plans/shared/plan-contract.js';
import { ACTION_BY_ID, actionHexcode, personAction, type PersonAction } from './catalog/actions.js';
import { OBJECT_BY_ID, type ObjectKind } from './catalog/objects.js';
import { SURFACE_IDS, type Setting } from './catalog/settings.js';
import { bustSprite, genderOf, idleSprite, lookFor } from './cast-looks.js';
import type { CastLook } from './composer-contract.js';
import type { Placement, SceneObject, SurfaceId } from './scene-graph.js';
import { zonesOf } from './scene/sampler.js';
import { withSkinTone } from './scene/tones.js';

/** One group the plan names: a cast member (ref = its id) or an object group (ref = its kind). */
export interface Want {
  ref: string;
  kind: ObjectKind;
  /** Drawn count: the plan's number capped at the kind's maxCount. */
  count: number;
  /** The plan's number (null: a plural with no number), for the measurement. */
  asked: number | null;
  action: string | null;
  castId?: string;
  look?: CastLook;
  /** A surface the plan puts it on ("on the table"). */
  surface?: SurfaceId;
}

/** How a want is drawn when placed on its own. */
export interface Drawing {
  zones: Placement[];
  /** Head-and-shoulders sprite: stands behind a fixture. */
  bust: boolean;
  /** Sprite before the skin tone. */
  base: string;
  /** The action id kept on the scene object (null when the sprite does not show it). */
  action: string | null;
  /** Height in metres (the look's size applied). */
  metres: number;
}

const STANDING = 'standing';

/** The nearer half of the ground: the cast is what a panel is about, so it stands big enough to read. */
export function nearGround(s: Setting): [number, number] {
  const lo = s.water ? s.water[1] + 0.03 : s.horizon;
  return [lo + (0.97 - lo) * 0.5, 0.97];
}

/** Group size for a plan count: null (a plural) is 2 or 3, a number is capped at what the kind can show. */
function drawnCount(rng: Rng, kind: ObjectKind, count: number | null | undefined): number {
  if (count === undefined) return 1;
  if (count === null) return Math.min(kind.maxCount, 2 + rng.int(2));
  return Math.max(1, Math.min(kind.maxCount, Math.round(count)));
}

/** Object kinds a setting also draws as a fixture: "on the sofa" puts a cat on the living room's couch. */
const FIXTURE_OF_KIND: Readonly<Record<string, SurfaceId>> = { sofa: 'couch' };

/** The plan's cast and objects as wants (unknown kinds and actions are skipped; the planner only emits catalogue ids). */
export function wantsOf(plan: ScenePlan, looks: Readonly<Record<string, CastLook>>, rng: Rng): Want[] {
  const onSurface = new Map<string, SurfaceId>();
  for (const r of plan.relations) {
    const fixture = FIXTURE_OF_KIND[r.b] ?? r.b;
    if (r.rel === 'on' && (SURFACE_IDS as readonly string[]).includes(fixture)) onSurface.set(r.a, fixture as SurfaceId);
  }
  const wants: Want[] = [];
  for (const c of plan.cast) {
    const kind = OBJECT_BY_ID.get(c.kind);
    if (!kind) continue;
    const action = c.action && kind.actor && ACTION_BY_ID.has(c.action) ? c.action : null;
    const look = looks[c.id] ?? lookFor({ id: c.id, name: c.name, kind: c.kind }, 0);
    wants.push({ ref: c.id, kind, count: drawnCount(rng, kind, c.count), asked: c.count === undefined ? 1 : c.count,
      action, castId: c.id, look, surface: onSurface.get(c.id) });
  }
  for (const o of plan.objects) {
    const kind = OBJECT_BY_ID.get(o.kind);
    if (!kind) continue;
    wants.push({ ref: o.kind, kind, count: drawnCount(rng, kind, o.count), asked: o.count, action: null, surface: onSurface.get(o.kind) });
  }
  return wants;
}

/** Where a kind may go in `s`: its own zones there, else the nearest that reads (food on the grass, a balloon up the wall). */
export function zonesFor(kind: ObjectKind, s: Setting, action: PersonAction | null): Placement[] {
  const have = zonesOf(s);
  const own = (action ? [action.zone] : kind.placement).filter((z) => have.has(z));
  if (own.length) return own;
  const fallback: Record<Placement, Placement[]> = {
    surface: ['ground'], sky: ['wall'], wall: ['ground'], ground: ['ground'], water: [],
  };
  return [...new Set((action ? [action.zone] : kind.placement).flatMap((z) => fallback[z]))].filter((z) => have.has(z));
}

const metresOf = (kind: ObjectKind, action: PersonAction | null, look?: CastLook) =>
  (action ? action.size * (kind.size / 1.7) : kind.size) * (look?.size ?? 1);

/** A full-body sprite for a person or animal standing on the ground (a bust kind outdoors stands up). */
export function fullBodySprite(w: Want): { base: string; action: string | null } {
  const action = w.action ? personAction(w.action) : null;
  if (action && !action.bust && !(action.zone === 'water')) return { base: actionHexcode(action, w.kind.gender), action: w.action };
  if (w.kind.category === 'person' && w.kind.bust && w.kind.id !== 'baby') {
    return { base: actionHexcode(personAction(STANDING), genderOf(w.kind)), action: w.kind.actor ? STANDING : null };
  }
  return { base: idleSprite(w.kind, w.look), action: null };
}

/** How `w` is drawn on its own in `s`; `rng` decides whether an idle adult indoors sits behind the fixture. */
export function drawingOf(w: Want, s: Setting, rng: Rng): Drawing {
  const fixture = s.surfaces.length > 0;
  let action = w.action ? personAction(w.action) : null;
  if (action?.zone === 'water' && !s.water) action = null; // no water here: the swimmer stands on the shore
  if (action?.bust) {
    // A desk job or a cook at the counter behind a fixture; with none, the person stands.
    if (fixture) {
      const base = action.withProp ? bustSprite(w.kind, w.look) : actionHexcode(action, w.kind.gender);
      return { zones: ['ground'], bust: true, base, action: w.action, metres: metresOf(w.kind, action, w.look) };
    }
    action = null;
  }
  if (action) {
    return { zones: zonesFor(w.kind, s, action), bust: false, base: actionHexcode(action, w.kind.gender), action: w.action,
      metres: metresOf(w.kind, action, w.look) };
  }
  const person = w.kind.category === 'person';
  if (person && fixture && (w.kind.bust || (w.kind.actor && w.count === 1 && rng.chance(0.5)))) {
    // Behind the table, desk, bed or couch: the look's hair and face show.
    return { zones: ['ground'], bust: true, base: bustSprite(w.kind, w.look), action: null, metres: metresOf(w.kind, null, w.look) };
  }
  const full = fullBodySprite({ ...w, action: null });
  const standing = full.action ? personAction(STANDING) : null;
  return { zones: zonesFor(w.kind, s, null), bust: false, base: full.base, action: full.action,
    metres: metresOf(w.kind, standing, w.look) };
}

/** A scene object for `w` at `spot`: the sprite in the look's skin tone, its accent and cast id. */
export function dressed(w: Want, spot: Pick<SceneObject, 'x' | 'y' | 'scale' | 'depth' | 'on' | 'zone'>, base: string,
  action: string | null, flip: boolean, rng: Rng): SceneObject {
  const tone = w.kind.skinTones ? (w.look ? w.look.tone : rng.int(6)) : 0;
  const hexcode = withSkinTone(base, tone);
  const o: SceneObject = { kind: w.kind.id, count: w.count, action, ...spot, hexcode, tone: hexcode === base ? 0 : tone, flip };
  if (w.castId) o.castId = w.castId;
  if (w.look) o.accent = w.look.accent;
  return o;
}
