// The scene plan: what one treatment line asks to draw (where, when, who, what), read as part of a story.
// Produced by the plan model (features/plans/worker, tools/cli/plan.ts), edited by the author in the studio,
// consumed by retrieval and, later, the composer.

export type PlanTime = 'day' | 'sunset' | 'night';
export const PLAN_TIMES: readonly PlanTime[] = ['day', 'sunset', 'night'];

/** Relations the ToonScenes renderer can draw: spatial ones and a person acting on a prop. */
export type PlanRelationKind =
  | 'on' | 'next_to' | 'left_of' | 'right_of' | 'in_front_of' | 'behind'
  | 'uses' | 'plays_with' | 'rides' | 'cuts' | 'pulls';
export const PLAN_RELATION_KINDS: readonly PlanRelationKind[] = [
  'on', 'next_to', 'left_of', 'right_of', 'in_front_of', 'behind', 'uses', 'plays_with', 'rides', 'cuts', 'pulls',
];

/** A person or animal who acts. `id` ("c1", "c2", …) is stable across the whole treatment. */
export interface CastMember {
  id: string;
  /** The name as written, without Korean particles (서연이가 → 서연), when the text names them. */
  name?: string;
  /** ToonScenes object kind of category person or animal (catalog/objects.ts). */
  kind: string;
  /** ToonScenes person action id (catalog/actions.ts), only on actor kinds. */
  action?: string;
  /** Group size: 2 for "two boys"; null for a plural with no number; absent for one. */
  count?: number | null;
  confidence: number;
}

/** Any other thing the line names. */
export interface PlanObject {
  /** ToonScenes object kind (catalog/objects.ts). */
  kind: string;
  /** The number written, 1 for a singular, null for a plural with no number. */
  count: number | null;
  confidence: number;
}

/** a and b name a cast member (its id, "c1") or an object (its kind, "motorcycle"). */
export interface PlanRelation {
  a: string;
  rel: PlanRelationKind;
  b: string;
  confidence: number;
}

/** How sure the plan is of each slot (0…1); a carried slot keeps the confidence it had where it was read. */
export interface SlotConfidence {
  setting: number;
  time: number;
  cast: number;
  objects: number;
}

/** Slots this line did not state and took from an earlier line of the story. */
export interface CarriedSlots {
  setting: boolean;
  time: boolean;
  cast: string[];
}

export interface ScenePlan {
  /** The query's id, or the line number from 1. */
  id: string;
  text: string;
  /** ToonScenes setting id, or null when the place is one the catalogue lacks (then it is in `unknown`). */
  setting: string | null;
  time: PlanTime | null;
  cast: CastMember[];
  objects: PlanObject[];
  relations: PlanRelation[];
  /** Words the line asks to draw that the catalogue has no kind, place or action for, as written. */
  unknown: string[];
  confidence: SlotConfidence;
  carried: CarriedSlots;
}

/** The cast of a whole treatment, listed once. */
export interface CastEntry {
  id: string;
  name?: string;
  kind: string;
}

export interface TreatmentPlan {
  plans: ScenePlan[];
  cast: CastEntry[];
}

/** What the author fixed by hand on one line; saved with the draft, applied over the model's plan. */
export interface PlanEdit {
  setting?: string | null;
  time?: PlanTime | null;
  /** Replaces the line's cast ids (each must be in the treatment cast). */
  cast?: string[];
  objects?: { kind: string; count: number | null }[];
}

/** Author edits keyed by the line's text (so reordering lines keeps each line's fixes), plus cast renames. */
export interface PlanEdits {
  lines: Record<string, PlanEdit>;
  /** Cast id → the author's name and kind for it. */
  cast: Record<string, { name?: string; kind?: string }>;
}

/** The exact top-level keys of one JSON Lines record of `npm run plan`. */
export const PLAN_RECORD_KEYS = ['id', 'text', 'setting', 'time', 'cast', 'objects', 'relations', 'unknown'] as const;

/** Reads a treatment (its scene lines, in order) as one story; the plans worker answers it. */
export interface PlanSource {
  planTreatment(lines: readonly string[], signal?: AbortSignal): Promise<TreatmentPlan>;
}
