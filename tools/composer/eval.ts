// Measures the composer on plans: of the kinds a plan names, the share present in the composed layout; of the counts
// it writes (a number the kind can show), the share drawn exactly; whether a cast member keeps one look across a
// story's panels. Per language, on the planner corpus's test split and on the frozen free-form set (reported only).
import type { ScenePlan, TreatmentPlan } from '../../src/features/plans/shared/plan-contract';
import type { TreatmentPlanner } from '../../src/features/plans/shared/treatment-planner';
import { OBJECT_BY_ID } from '../../src/features/composer/shared/catalog/objects';
import { layoutItems } from '../../src/features/composer/shared/layout-items';
import type { PlannedLayout } from '../../src/features/composer/shared/plan-scene';
import { treatmentLayouts } from '../../src/features/composer/shared/treatment-layouts';

export type Lang = 'en' | 'ko';
export const LANGS: Lang[] = ['en', 'ko'];
const FRAME = { style: 'ink' as const, width: 800, height: 450 };

/** Running totals of one set. */
export interface ComposerTally {
  panels: number; named: number; present: number; dropped: number; counted: number; countsRight: number;
  castInStories: number; castSameLook: number; ms: number;
}
export const composerTally = (): ComposerTally =>
  ({ panels: 0, named: 0, present: 0, dropped: 0, counted: 0, countsRight: 0, castInStories: 0, castSameLook: 0, ms: 0 });

/** Adds one composed panel: named kinds present, counts drawn as written. */
export function scorePanel(plan: ScenePlan, layout: PlannedLayout, t: ComposerTally): void {
  t.panels++;
  const objs = layout.scene.objects;
  for (const c of plan.cast) {
    t.named++;
    const drawn = objs.find((o) => o.castId === c.id);
    if (drawn && drawn.kind === c.kind) t.present++;
    const asked = c.count === undefined ? 1 : c.count;
    if (asked !== null && asked <= (OBJECT_BY_ID.get(c.kind)?.maxCount ?? 1)) {
      t.counted++;
      if (drawn?.count === asked) t.countsRight++;
    }
  }
  for (const o of plan.objects) {
    t.named++;
    const drawn = objs.filter((x) => x.kind === o.kind && !x.castId);
    if (drawn.length) t.present++;
    if (o.count !== null && o.count <= (OBJECT_BY_ID.get(o.kind)?.maxCount ?? 1)) {
      t.counted++;
      const asked = plan.objects.filter((x) => x.kind === o.kind).reduce((n, x) => n + (x.count ?? 0), 0);
      if (drawn.reduce((n, x) => n + x.count, 0) === asked) t.countsRight++;
    }
  }
  t.dropped += layout.dropped.length;
}

/** Composes a treatment's plans and scores each panel, and whether each recurring cast member kept one look. */
export function scoreTreatment(tp: TreatmentPlan, seed: number, t: ComposerTally): void {
  const start = performance.now();
  const { layouts } = treatmentLayouts(tp, { ...FRAME, seed });
  t.ms += performance.now() - start;
  tp.plans.forEach((p, i) => scorePanel(p, layouts[i], t));
  if (tp.plans.length < 2) return;
  const looks = new Map<string, Set<string>>();
  for (const layout of layouts) {
    for (const item of layoutItems(layout)) {
      if (!item.castId) continue;
      const set = looks.get(item.castId) ?? new Set<string>();
      set.add(JSON.stringify(item.look));
      looks.set(item.castId, set);
    }
  }
  for (const [id, set] of looks) {
    if (layouts.filter((l) => l.scene.objects.some((o) => o.castId === id)).length < 2) continue;
    t.castInStories++;
    if (set.size === 1) t.castSameLook++;
  }
}

const r4 = (a: number, n: number) => (n ? Number((a / n).toFixed(4)) : null);

export function summary(t: ComposerTally) {
  return {
    panels: t.panels, namedKinds: t.named, kindsPresent: r4(t.present, t.named), droppedPerPanel: r4(t.dropped, t.panels),
    counts: t.counted, countsRight: r4(t.countsRight, t.counted),
    recurringCast: t.castInStories, castSameLook: r4(t.castSameLook, t.castInStories),
    layoutMsPerPanel: t.panels ? Number((t.ms / t.panels).toFixed(2)) : null,
  };
}

/** Plans lines one by one (each its own treatment of one line, as the planner's line figures do) and scores them. */
export async function scoreLines(planner: TreatmentPlanner, texts: string[], t: ComposerTally): Promise<void> {
  for (let i = 0; i < texts.length; i += 256) {
    const chunk = texts.slice(i, i + 256);
    const plans = await planner.planEach(chunk, chunk.map((_, k) => String(i + k + 1)));
    plans.forEach((p, k) => {
      const cast = p.cast.map((c) => ({ id: c.id, kind: c.kind, ...(c.name ? { name: c.name } : {}) }));
      scoreTreatment({ plans: [p], cast }, i + k, t);
    });
  }
}
