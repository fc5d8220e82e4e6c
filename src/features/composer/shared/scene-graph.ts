// Scene graph types shared by the sampler, renderer, writer and the language side.
// Field names mirror tools/dataset/FORMAT.md: change both together or neither.

export type TimeOfDay = 'day' | 'sunset' | 'night';
export const TIMES: readonly TimeOfDay[] = ['day', 'sunset', 'night'];

// The app's style list: the dataset draws exactly the styles the strip offers (strip-contract's ART_STYLES; a unit
// test holds them equal). Spelled out here because the strip's contract names the composer's types.
export const STYLES = ['ink', 'pastel', 'screentone', 'manga'] as const;
export type ArtStyle = (typeof STYLES)[number];

/** Where a kind may stand: the ground line, a raised surface fixture, the sky, a wall, the water. */
export type Placement = 'ground' | 'surface' | 'sky' | 'wall' | 'water';

/** Raised fixtures drawn by the background (ids appear in SceneObject.on). */
export type SurfaceId = 'table' | 'counter' | 'desk' | 'bed' | 'couch';

export type SpatialRelationKind = 'on' | 'next_to' | 'left_of' | 'right_of' | 'in_front_of' | 'behind';
/** A person (or a horse) acting on a prop: objects[a] uses / plays_with / rides / cuts / pulls objects[b]. */
export type InteractionKind = 'uses' | 'plays_with' | 'rides' | 'cuts' | 'pulls';
export const INTERACTION_KINDS: readonly InteractionKind[] = ['uses', 'plays_with', 'rides', 'cuts', 'pulls'];
export type RelationKind = SpatialRelationKind | InteractionKind;

export function isInteraction(rel: RelationKind): rel is InteractionKind {
  return (INTERACTION_KINDS as readonly string[]).includes(rel);
}

/** One group of identical things (count >= 1) drawn side by side. */
export interface SceneObject {
  /** Catalog id from catalog/objects.ts, e.g. "dog". */
  kind: string;
  /** How many are drawn (1..4); captions say "two dogs" / "개 두 마리". */
  count: number;
  /** Person action id from catalog/actions.ts (only for actor kinds), else null. */
  action: string | null;
  /** Horizontal centre of the group, 0 = left edge … 1 = right edge. */
  x: number;
  /** Baseline (feet / bottom) of the group, 0 = top … 1 = bottom of the image. */
  y: number;
  /** Height of one sprite as a fraction of the image height. */
  scale: number;
  /** 0 = far … 1 = near; the depth map writes round(depth*255) into the silhouette. */
  depth: number;
  /** Surface fixture it rests on (e.g. "table"), or null. */
  on: SurfaceId | null;
  /** Which placement zone it was put in. */
  zone: Placement;
  /** OpenMoji hexcode actually drawn (skin tone resolved). */
  hexcode: string;
  /** 0 = default (yellow) … 5 = dark skin tone; 0 for non-people. */
  tone: number;
  /** True when the sprite is mirrored horizontally. */
  flip: boolean;
  /** Composer only: the plan's cast member this group draws ("c1"), so every panel gives it the same look. */
  castId?: string;
  /** Composer only: the cast look's clothing colour (#rrggbb) the sprite is recoloured with. */
  accent?: string;
}

/** Spatial relation between objects[a] and objects[b] (a rel b: "a is left of b"), or an interaction
 *  (a rel b: "a cuts b"; a is the actor, b the prop, in either depth order). */
export interface Relation {
  a: number;
  rel: RelationKind;
  b: number;
}

export interface SceneGraph {
  /** "s" + 7 digits, unique in a build. */
  id: string;
  /** Setting id from catalog/settings.ts. */
  setting: string;
  time: TimeOfDay;
  style: ArtStyle;
  /** Drawn in this order: far (smaller depth) → near. */
  objects: SceneObject[];
  relations: Relation[];
}

export interface Captions {
  en: string[];
  ko: string[];
}

export interface SceneRecord extends SceneGraph {
  captions: Captions;
}

export interface Story {
  id: string;
  style: ArtStyle;
  /** Catalog kinds that appear in every scene of the story. */
  cast: string[];
  scenes: SceneGraph[];
  en: string[];
  ko: string[];
}
