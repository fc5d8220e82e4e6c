// A whole treatment's panels composed at once: the cast's looks chosen (or kept) once, then every line's plan laid out
// with them, so a character looks the same in every panel. The CLI and the measurement use it as the app does.
import type { TreatmentPlan } from '../../plans/shared/plan-contract.js';
import { looksForTreatment, type LookLibrary } from './cast-looks.js';
import type { CastLook } from './composer-contract.js';
import { sceneFromPlan, type PlannedLayout } from './plan-scene.js';
import type { ArtStyle } from './scene-graph.js';

export interface TreatmentLayoutOptions {
  style: ArtStyle;
  seed: number;
  width: number;
  height: number;
  /** Looks kept from before (the draft's), by cast id. */
  stored?: Readonly<Record<string, CastLook>>;
  library?: LookLibrary;
}

export function treatmentLayouts(tp: TreatmentPlan, opts: TreatmentLayoutOptions): { looks: Record<string, CastLook>; layouts: PlannedLayout[] } {
  // The seed is the salt of unnamed members' looks: a new seed, new strangers; named characters keep theirs.
  const looks = looksForTreatment(tp.cast, opts.stored ?? {}, opts.library, opts.seed);
  const layouts = tp.plans.map((plan) => sceneFromPlan(plan, { looks, style: opts.style, seed: opts.seed, width: opts.width, height: opts.height }));
  return { looks, layouts };
}
