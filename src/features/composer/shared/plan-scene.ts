// A scene plan composed into a ToonScenes scene graph at the panel's size: the plan's place and hour (or a place where
// what it names belongs), every cast member in its look and every object group, interactions staged, spatial
// relations honoured, drawn far → near. Pure and deterministic from the seed.
import { createRng, deriveSeed, hashString, type Rng } from '../../../core/rng.js';
import type { PlanRelation, ScenePlan } from '../../plans/shared/plan-contract.js';
import { ACTION_BY_ID } from './catalog/actions.js';
import { OBJECT_BY_ID, type ObjectKind } from './catalog/objects.js';
import { SETTINGS, SETTING_BY_ID, type Setting } from './catalog/settings.js';
import type { CastLook, PanelLayout } from './composer-contract.js';
import { keepInFrame, honourRelations, type Placed } from './plan-relations.js';
import { placeWant } from './plan-placement.js';
import { stagePlanPair } from './plan-staging.js';
import { drawingOf, dressed, wantsOf, zonesFor, type Want } from './plan-wants.js';
import { isInteraction, type ArtStyle, type InteractionKind, type Relation, type SceneObject } from './scene-graph.js';
import { deriveRelations } from './scene/relations.js';

export interface PlanSceneOptions {
  /** Cast id → look (looksForTreatment); a member missing here gets its default look. */
  looks: Readonly<Record<string, CastLook>>;
  style: ArtStyle;
  seed: number;
  /** Panel size in pixels (800 wide; the height from the panel's shape). */
  width: number;
  height: number;
}

/** A composed layout and what could not be drawn: kinds that have no zone in the setting ("dolphin" in an office). */
export type PlannedLayout = PanelLayout & { dropped: string[] };

/** The plan's setting, else the one where most of what it names (kinds and actions) belongs; ties by the seed. */
export function settingForPlan(plan: ScenePlan, rng: Rng): Setting {
  const named = plan.setting ? SETTING_BY_ID.get(plan.setting) : undefined;
  if (named) return named;
  const kinds = [...plan.cast.map((c) => c.kind), ...plan.objects.map((o) => o.kind)]
    .map((id) => OBJECT_BY_ID.get(id)).filter((k): k is ObjectKind => !!k);
  const actions = plan.cast.map((c) => c.action).filter((a): a is string => !!a && ACTION_BY_ID.has(a));
  // Plausible there counts most; merely having a zone for it (a cake on a park's grass) counts a little.
  const score = (s: Setting) => kinds.filter((k) => s.kinds.includes(k.id)).length * 2
    + kinds.filter((k) => zonesFor(k, s, null).length > 0).length + actions.filter((a) => s.actions.includes(a)).length;
  const best = Math.max(...SETTINGS.map(score));
  return rng.pick(SETTINGS.filter((s) => score(s) === best));
}

/** Actions whose prop the plan may name as an object without a relation: the interaction they imply. */
const ACTION_PROPS: Record<string, { rel: InteractionKind; props: string[] }> = {
  riding_motorcycle: { rel: 'rides', props: ['motorcycle', 'scooter'] },
  riding_horse: { rel: 'rides', props: ['horse'] },
  biking: { rel: 'rides', props: ['bicycle'] },
  mountain_biking: { rel: 'rides', props: ['bicycle'] },
  cutting_cake: { rel: 'cuts', props: ['cake', 'shortcake', 'bread', 'pizza', 'watermelon'] },
  using_computer: { rel: 'uses', props: ['computer', 'laptop'] },
  playing_frisbee: { rel: 'plays_with', props: ['frisbee'] },
  playing_basketball: { rel: 'plays_with', props: ['basketball'] },
};

function impliedInteractions(wants: readonly Want[], plan: ScenePlan): PlanRelation[] {
  const out: PlanRelation[] = [];
  const stated = new Set(plan.relations.filter((r) => isInteraction(r.rel)).flatMap((r) => [r.a, r.b]));
  for (const w of wants) {
    const implied = w.action ? ACTION_PROPS[w.action] : undefined;
    if (!implied || stated.has(w.ref)) continue;
    const prop = wants.find((p) => !p.castId && implied.props.includes(p.kind.id) && !stated.has(p.ref));
    if (!prop) continue;
    stated.add(w.ref).add(prop.ref);
    out.push({ a: w.ref, rel: implied.rel, b: prop.ref, confidence: 1 });
  }
  return out;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Composes `plan` into a layout of `opts.width` × `opts.height` px. */
export function sceneFromPlan(plan: ScenePlan, opts: PlanSceneOptions): PlannedLayout {
  const rng = createRng(deriveSeed(opts.seed, hashString(`${plan.id}\n${plan.text}`)));
  const aspect = opts.width / opts.height;
  const s = settingForPlan(plan, rng);
  const time = plan.time ?? s.times[0];
  const wants = wantsOf(plan, opts.looks, rng);
  const placed: Placed[] = [];
  const done = new Set<Want>();
  const links: { actor: Placed; rel: Relation['rel']; prop: Placed }[] = [];
  const find = (ref: string) => wants.find((w) => w.ref === ref && !done.has(w));
  // 1. Interactions first: the actor and its prop placed together; an action that implies one (riding a motorcycle
  //    with a motorcycle in the line) counts as the plan saying so.
  const interactions = [...plan.relations.filter((r) => isInteraction(r.rel)), ...impliedInteractions(wants, plan)];
  for (const r of interactions) {
    if (!isInteraction(r.rel)) continue;
    const actor = find(r.a), prop = find(r.b);
    if (!actor || !prop || actor === prop) continue;
    const pair = stagePlanPair(rng, s, actor, r.rel, prop, aspect);
    if (!pair) continue;
    const a: Placed = { ref: actor.ref, object: pair.actor, metres: actor.kind.size, pinned: true };
    const b: Placed = { ref: prop.ref, object: pair.prop, metres: prop.kind.size, pinned: true, partner: a };
    a.partner = b;
    placed.push(a, b);
    links.push({ actor: a, rel: r.rel, prop: b });
    done.add(actor).add(prop);
  }
  // 2. Everyone and everything else, the cast first.
  const dropped: string[] = [];
  for (const w of wants) {
    if (done.has(w)) continue;
    const d = drawingOf(w, s, rng);
    const spot = placeWant(rng, s, w, d, placed.map((p) => p.object), aspect);
    if (!spot) {
      dropped.push(w.kind.id);
      continue;
    }
    const object = dressed(w, spot, d.base, d.action, rng.chance(0.5), rng);
    placed.push({ ref: w.ref, object, metres: d.metres, pinned: d.bust || spot.zone !== 'ground' || spot.on !== null });
    done.add(w);
  }
  // 3. Where the plan says who is left of, in front of or next to whom.
  honourRelations(s, placed, plan.relations, aspect);
  for (const p of placed) keepInFrame(p.object, aspect);
  // 4. Far → near, as the renderer draws.
  const order = placed.map((p, i) => ({ p, i })).sort((u, v) => u.p.object.depth - v.p.object.depth || u.p.object.y - v.p.object.y || u.i - v.i);
  const objects: SceneObject[] = order.map(({ p }) => ({ ...p.object, x: round3(p.object.x), y: round3(p.object.y),
    scale: round3(p.object.scale), depth: round3(p.object.depth) }));
  const index = new Map(order.map(({ p }, k) => [p, k]));
  const relations: Relation[] = [...deriveRelations(objects), ...links.map((l) => ({ a: index.get(l.actor)!, rel: l.rel, b: index.get(l.prop)! }))];
  const looks: Record<string, CastLook> = {};
  for (const w of wants) if (w.castId && w.look && done.has(w)) looks[w.castId] = w.look;
  return {
    // One id per place: every panel set in the same place gets the same background for a seed.
    scene: { id: `place-${s.id}`, setting: s.id, time, style: opts.style, objects, relations },
    width: opts.width, height: opts.height, looks, dropped,
  };
}
