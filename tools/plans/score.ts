// Scoring scene plans against expectations: the frozen free-form set (test/eval-sets/plans) and ToonScenes
// test lines and stories. Slot accuracies, each over the items the slot applies to; see tools/plans/README.md.
import type { ScenePlan } from '../../src/features/plans/shared/plan-contract';

export interface ExpectedItem { kind: string; count?: number | null; name?: string; action?: string; ref?: string }
export interface Expected {
  setting: string | null;
  time: string | null;
  cast: ExpectedItem[];
  objects: ExpectedItem[];
  unknown: string[];
}

/** hits / total of one slot; `misses` keeps ids to report failures by id and slot. */
export interface Tally { hits: number; total: number; misses: string[] }
export const tally = (): Tally => ({ hits: 0, total: 0, misses: [] });
export const rate = (t: Tally): number | null => (t.total ? Number((t.hits / t.total).toFixed(4)) : null);

function add(t: Tally, ok: boolean, id: string): void {
  t.total++;
  if (ok) t.hits++;
  else if (t.misses.length < 400) t.misses.push(id);
}

const HUMAN_ACTORS = new Set(['person', 'man', 'woman', 'boy', 'girl']);

/** `person` stands for any human actor kind; every other kind must match exactly. */
export function kindMatches(expected: string, got: string): boolean {
  return expected === got || (expected === 'person' && HUMAN_ACTORS.has(got));
}

interface PlanItem { kind: string; count: number | null; action?: string }

function planItems(plan: ScenePlan): PlanItem[] {
  return [
    ...plan.cast.map((c) => ({ kind: c.kind, count: c.count === undefined ? 1 : c.count, action: c.action })),
    ...plan.objects.map((o) => ({ kind: o.kind, count: o.count })),
  ];
}

export interface SlotTallies {
  setting: Tally;
  time: Tally;
  kinds: Tally;
  counts: Tally;
  actions: Tally;
  unknown: Tally;
}

export const slotTallies = (): SlotTallies => ({
  setting: tally(), time: tally(), kinds: tally(), counts: tally(), actions: tally(), unknown: tally(),
});

/** One plan against one expectation. Kinds and counts are scored over cast ∪ objects (the split is soft). */
export function scorePlan(plan: ScenePlan, exp: Expected, id: string, t: SlotTallies): void {
  add(t.setting, plan.setting === exp.setting, `${id}:setting`);
  if (exp.time !== null) add(t.time, plan.time === exp.time, `${id}:time`);
  const items = planItems(plan);
  for (const e of [...exp.cast, ...exp.objects]) {
    const match = items.find((i) => kindMatches(e.kind, i.kind));
    add(t.kinds, Boolean(match), `${id}:kind:${e.kind}`);
    const isCast = exp.cast.includes(e);
    const count = e.count === undefined ? (isCast ? 1 : null) : e.count;
    if (count !== null && (e.count !== undefined || !isCast)) add(t.counts, Boolean(match) && match!.count === count, `${id}:count:${e.kind}`);
  }
  for (const e of exp.cast) {
    if (!e.action) continue;
    add(t.actions, plan.cast.some((c) => kindMatches(e.kind, c.kind) && c.action === e.action), `${id}:action:${e.action}`);
  }
  for (const w of exp.unknown) {
    const lw = w.toLowerCase();
    add(t.unknown, plan.unknown.some((u) => u.toLowerCase().includes(lw) || lw.includes(u.toLowerCase())), `${id}:unknown:${w}`);
  }
}

export interface StoryTallies extends SlotTallies {
  /** Later lines whose expected place is the previous line's: does the plan keep it? */
  placesKept: Tally;
  /** Later-line cast refs met before: does the plan give them the id it gave at first mention? */
  castCarried: Tally;
}

export const storyTallies = (): StoryTallies => ({ ...slotTallies(), placesKept: tally(), castCarried: tally() });

/** A story: every line scored as a sentence, plus places kept and cast carried across lines. */
export function scoreStory(plans: ScenePlan[], exp: Expected[], id: string, t: StoryTallies): void {
  const refToId = new Map<string, string>();
  exp.forEach((e, i) => {
    const plan = plans[i];
    const lineId = `${id}#${i + 1}`;
    scorePlan(plan, e, lineId, t);
    if (i > 0 && e.setting !== null && e.setting === exp[i - 1].setting) add(t.placesKept, plan.setting === e.setting, `${lineId}:kept`);
    for (const c of e.cast) {
      if (!c.ref) continue;
      const known = refToId.get(c.ref);
      if (known === undefined) {
        const byName = c.name ? plan.cast.find((m) => m.name?.toLowerCase() === c.name!.toLowerCase()) : undefined;
        const match = byName ?? plan.cast.find((m) => kindMatches(c.kind, m.kind) && ![...refToId.values()].includes(m.id));
        if (match) refToId.set(c.ref, match.id); // a first mention the plan missed is a kinds miss, not a carry
      } else {
        add(t.castCarried, plan.cast.some((m) => m.id === known), `${lineId}:cast:${c.ref}`);
      }
    }
  });
}

export function summary(t: SlotTallies | StoryTallies): Record<string, number | null> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, rate(v as Tally)]));
}
