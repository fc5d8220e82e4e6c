// Reads a scene graph into caption items: each object group with its nouns, what it is doing
// (a person action or a state such as parked / flying / on a table) and where it is.
import type { Rng } from '../../../src/core/rng.js';
import { ACTION_BY_ID } from '../../../src/features/composer/shared/catalog/actions.js';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects.js';
import { setting as settingById } from '../../../src/features/composer/shared/catalog/settings.js';
import { isInteraction, type SceneGraph, type SceneObject, type SurfaceId } from '../../../src/features/composer/shared/scene-graph.js';
import { interactionVerb } from './interaction-verbs.js';
import { objectNoun, type NounEntry } from './lexicon.js';
import { ACTION_VERBS, STATE_VERBS, type VerbWords } from './verbs.js';

/** Where an item is, as captions say it. */
export type ItemMode = 'ground' | 'surface' | 'at_surface' | 'wall' | 'sky' | 'water';

export interface Item {
  index: number;
  obj: SceneObject;
  noun: NounEntry;
  verb: VerbWords | null;
  mode: ItemMode;
  /** The surface it rests on (surface) or stands at (at_surface). */
  surface: SurfaceId | null;
  gender: 'male' | 'female' | 'neutral';
  /** People and animals come first as caption subjects. */
  salience: number;
  /** Objects this item acts on (interaction relations: it cuts / uses / rides … them); its verb names them. */
  props: number[];
  /** Objects it is linked with by an interaction, either way (its props, or whoever acts on it). */
  partners: number[];
}

const GRAZERS = new Set(['cow', 'sheep', 'horse', 'goat', 'deer', 'zebra', 'giraffe']);
const GRASSY = new Set(['park', 'forest', 'countryside_road', 'mountain']);
const ROLLING = new Set(['bicycle', 'kick_scooter', 'motorcycle', 'scooter']);
const BALLS = new Set(['soccer_ball', 'basketball', 'baseball', 'football', 'volleyball', 'tennis_ball', 'frisbee',
  'skateboard', 'roller_skate', 'sled', 'skis']);

function stateVerb(rng: Rng, obj: SceneObject, settingId: string): VerbWords | null {
  const kind = objectKind(obj.kind);
  if (obj.zone === 'sky') return kind.id === 'balloon' ? STATE_VERBS.drifting : STATE_VERBS.flying;
  if (obj.zone === 'wall') return STATE_VERBS.hanging;
  if (obj.zone === 'surface') return kind.category === 'animal' ? STATE_VERBS.resting : STATE_VERBS.placed;
  if (obj.zone === 'water') {
    if (kind.category === 'vehicle') return kind.id === 'sailboat' && rng.chance(0.5) ? STATE_VERBS.sailing : STATE_VERBS.floating;
    return kind.id === 'duck' ? STATE_VERBS.floating : STATE_VERBS.swimming;
  }
  if (kind.category === 'animal') {
    if (GRAZERS.has(kind.id) && GRASSY.has(settingId) && rng.chance(0.6)) return STATE_VERBS.grazing;
    return rng.chance(0.6) ? STATE_VERBS.standing : null;
  }
  if (kind.category === 'vehicle') {
    if (kind.id === 'train' || kind.id === 'tram') return STATE_VERBS.stopped;
    if (ROLLING.has(kind.id)) return STATE_VERBS.parked;
    return rng.chance(0.5) ? STATE_VERBS.parked : STATE_VERBS.driving;
  }
  if (BALLS.has(kind.id)) return STATE_VERBS.lying;
  return null;
}

function salience(obj: SceneObject): number {
  const kind = objectKind(obj.kind);
  const base = kind.category === 'person' ? 3 : kind.category === 'animal' ? 2 : kind.category === 'vehicle' ? 1.5 : 1;
  return base + (obj.action ? 1 : 0) + obj.scale + obj.depth * 0.5;
}

/** Items of a scene, most salient first (the likely caption subject). */
export function sceneItems(scene: SceneGraph, rng: Rng): Item[] {
  const s = settingById(scene.setting);
  const items = scene.objects.map((obj, index): Item => {
    const kind = objectKind(obj.kind);
    const action = obj.action ? ACTION_BY_ID.get(obj.action) : undefined;
    if (obj.action && !ACTION_VERBS[obj.action]) throw new Error(`captions: no words for person action "${obj.action}"`);
    const standsAsAdult = kind.actor && !kind.bust;
    const links = scene.relations.filter((r) => isInteraction(r.rel) && (r.a === index || r.b === index));
    const acts = links.find((r) => r.a === index);
    const actedOn = links.some((r) => r.b === index);
    // An actor's verb names its prop; a prop is named by that verb, not given a state of its own.
    const verb = acts && isInteraction(acts.rel)
      ? interactionVerb(rng, acts.rel, scene.objects[acts.b], objectNoun(scene.objects[acts.b].kind))
      : actedOn ? null
        : obj.action ? ACTION_VERBS[obj.action] : standsAsAdult ? ACTION_VERBS.standing : stateVerb(rng, obj, s.id);
    const bust = action ? !!action.bust : !!kind.bust && kind.category === 'person';
    let mode: ItemMode = obj.zone === 'surface' ? 'surface' : obj.zone;
    let surface: SurfaceId | null = obj.on;
    if (mode === 'ground' && bust && s.surfaces.length > 0) {
      mode = 'at_surface';
      surface = s.surfaces[0].id;
    }
    if (mode === 'surface' && !surface) mode = 'ground';
    return {
      index, obj, noun: objectNoun(obj.kind), verb, mode, surface, gender: kind.gender ?? genderOf(obj.kind),
      salience: salience(obj) + (acts ? 1 : 0),
      props: links.filter((r) => r.a === index).map((r) => r.b),
      partners: links.map((r) => (r.a === index ? r.b : r.a)),
    };
  });
  return items.sort((a, b) => b.salience - a.salience || a.index - b.index);
}

function genderOf(kind: string): Item['gender'] {
  if (kind === 'old_man') return 'male';
  if (kind === 'old_woman') return 'female';
  return 'neutral';
}
