import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyPlanEdits,
  emptyPlanEdits,
  hasPlanEdits,
  plansForLines,
  prunePlanEdits,
  validatePlanEdits,
  withCastEdit,
  withLineEdit,
  withoutLineEdit,
  MAX_LINE_EDITS,
  MAX_OBJECTS_PER_LINE,
} from '../../../src/features/plans/shared/plan-edits';
import { parsePlanCatalog } from '../../../src/features/plans/shared/plan-catalog';
import type { PlanEdits, TreatmentPlan } from '../../../src/features/plans/shared/plan-contract';
import { LINES, treatmentPlan } from '../../fixtures/plans/treatment-plan';

const catalog = parsePlanCatalog(JSON.parse(readFileSync('public/models/toon-mini/scene_planner/catalog.json', 'utf8')));
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('applyPlanEdits', () => {
  it('returns the plan unchanged (as a copy) with no edits', () => {
    const plan = treatmentPlan();
    const out = applyPlanEdits(plan, emptyPlanEdits());
    expect(out).toEqual(plan);
    expect(out).not.toBe(plan);
    expect(out.plans[0]).not.toBe(plan.plans[0]);
  });

  it('handles an empty treatment', () => {
    const edits = withCastEdit(withLineEdit(emptyPlanEdits(), 'gone', { setting: 'park' }), 'c1', { name: 'X' });
    expect(applyPlanEdits({ plans: [], cast: [] }, edits)).toEqual({ plans: [], cast: [] });
    expect(plansForLines({ plans: [], cast: [] }, edits, [])).toEqual([]);
  });

  it('sets a line\'s place and time by its text, marking them sure and no longer carried', () => {
    const plan = treatmentPlan();
    const edits = withLineEdit(emptyPlanEdits(), LINES[1], { setting: 'beach', time: 'night' });
    const out = applyPlanEdits(plan, edits);
    expect(out.plans[1]).toMatchObject({ setting: 'beach', time: 'night', confidence: { setting: 1, time: 1 } });
    expect(out.plans[1].carried).toEqual({ setting: false, time: false, cast: ['c1'] });
    expect(out.plans[0].setting).toBe('park');
    // The input is not touched.
    expect(plan.plans[1].setting).toBe('park');
    expect(plan.plans[1].carried.setting).toBe(true);
  });

  it('keeps each line\'s fixes when the lines are reordered', () => {
    const plan = treatmentPlan();
    const edits = withLineEdit(emptyPlanEdits(), LINES[2], { time: 'night' });
    const reordered: TreatmentPlan = { ...plan, plans: [plan.plans[2], plan.plans[0], plan.plans[1]] };
    const out = applyPlanEdits(reordered, edits);
    expect(out.plans.map((p) => p.time)).toEqual(['night', 'sunset', 'sunset']);
  });

  it('applies one edit to every copy of a duplicated line', () => {
    const plan = treatmentPlan();
    const dup: TreatmentPlan = { ...plan, plans: [plan.plans[0], { ...plan.plans[0], id: '2' }] };
    const out = applyPlanEdits(dup, withLineEdit(emptyPlanEdits(), LINES[0], { setting: 'zoo' }));
    expect(out.plans.map((p) => p.setting)).toEqual(['zoo', 'zoo']);
  });

  it('clears a slot with null (the author says: no place)', () => {
    const out = applyPlanEdits(treatmentPlan(), withLineEdit(emptyPlanEdits(), LINES[0], { setting: null }));
    expect(out.plans[0].setting).toBeNull();
  });

  it('renames a cast member and changes its kind on every line and in the cast list', () => {
    const edits = withCastEdit(emptyPlanEdits(), 'c1', { name: ' Jiwoo ', kind: 'girl' });
    const out = applyPlanEdits(treatmentPlan(), edits);
    expect(out.cast[0]).toEqual({ id: 'c1', name: 'Jiwoo', kind: 'girl' });
    expect(out.plans[0].cast[0]).toMatchObject({ id: 'c1', name: 'Jiwoo', kind: 'girl', action: 'walking_dog' });
    expect(out.plans[1].cast[0]).toMatchObject({ id: 'c1', name: 'Jiwoo', kind: 'girl' });
    expect(out.plans[2].cast.map((c) => c.id)).toEqual(['c3']);
  });

  it('names an unnamed cast member', () => {
    const out = applyPlanEdits(treatmentPlan(), withCastEdit(emptyPlanEdits(), 'c2', { name: 'Bori' }));
    expect(out.cast[1]).toEqual({ id: 'c2', name: 'Bori', kind: 'dog' });
    expect(out.plans[0].cast[1].name).toBe('Bori');
  });

  it('ignores edits to a cast id that no longer exists', () => {
    let edits = withCastEdit(emptyPlanEdits(), 'c9', { name: 'Ghost', kind: 'cat' });
    edits = withLineEdit(edits, LINES[0], { cast: ['c9', 'c2'] });
    const out = applyPlanEdits(treatmentPlan(), edits);
    expect(out.cast.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(out.plans[0].cast.map((c) => c.id)).toEqual(['c2']);
    // c1 left the line, so its relation to the dog goes too.
    expect(out.plans[0].relations).toEqual([]);
  });

  it('adds a cast member from the treatment cast to a line', () => {
    const out = applyPlanEdits(treatmentPlan(), withLineEdit(emptyPlanEdits(), LINES[2], { cast: ['c3', 'c2'] }));
    expect(out.plans[2].cast).toEqual([
      { id: 'c3', kind: 'boy', action: 'standing', confidence: 0.4 },
      { id: 'c2', kind: 'dog', confidence: 1 },
    ]);
    expect(out.plans[2].confidence.cast).toBe(1);
  });

  it('replaces a line\'s objects and drops relations to removed ones', () => {
    const edits = withLineEdit(emptyPlanEdits(), LINES[1], { objects: [{ kind: 'coffee', count: 3 }] });
    const out = applyPlanEdits(treatmentPlan(), edits);
    expect(out.plans[1].objects).toEqual([{ kind: 'coffee', count: 3, confidence: 1 }]);
    expect(out.plans[1].relations).toEqual([]);
  });

  it('does nothing for a line edited then deleted, and applies again when it comes back', () => {
    const plan = treatmentPlan();
    const edits = withLineEdit(emptyPlanEdits(), LINES[2], { setting: 'office' });
    const without: TreatmentPlan = { ...plan, plans: plan.plans.slice(0, 2) };
    expect(applyPlanEdits(without, edits).plans.map((p) => p.setting)).toEqual(['park', 'park']);
    const pruned = prunePlanEdits(edits, LINES.slice(0, 2));
    expect(pruned.lines[LINES[2]]).toEqual({ setting: 'office' });
    expect(applyPlanEdits(plan, pruned).plans[2].setting).toBe('office');
  });

  it('survives a line called __proto__', () => {
    const plan: TreatmentPlan = { cast: [], plans: [{ ...treatmentPlan().plans[2], text: '__proto__', cast: [] }] };
    const edits = withLineEdit(emptyPlanEdits(), '__proto__', { setting: 'zoo' });
    expect(applyPlanEdits(plan, edits).plans[0].setting).toBe('zoo');
    const blank = applyPlanEdits({ ...plan, plans: [{ ...plan.plans[0], text: 'constructor' }] }, emptyPlanEdits());
    expect(blank.plans[0].setting).toBe('kitchen');
  });

  it('applies a huge edits object quickly', () => {
    let edits: PlanEdits = { lines: {}, cast: {} };
    for (let i = 0; i < 20_000; i++) edits.lines[`line ${i}`] = { setting: 'zoo', objects: [{ kind: 'kite', count: 2 }] };
    edits.lines[LINES[0]] = { time: 'night' };
    edits = { ...edits, cast: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`c${i + 100}`, { name: 'n' }])) };
    const start = performance.now();
    const out = applyPlanEdits(treatmentPlan(), edits);
    expect(performance.now() - start).toBeLessThan(500);
    expect(out.plans[0].time).toBe('night');
  });
});

describe('edit helpers', () => {
  it('merges a patch into a line\'s edit, keeping the other slots', () => {
    let edits = withLineEdit(emptyPlanEdits(), 'a', { setting: 'park' });
    edits = withLineEdit(edits, 'a', { time: 'day' });
    expect(edits.lines.a).toEqual({ setting: 'park', time: 'day' });
    expect(hasPlanEdits(edits)).toBe(true);
    expect(hasPlanEdits(withoutLineEdit(edits, 'a'))).toBe(false);
  });

  it('clears a cast name with an empty one and forgets an empty cast edit', () => {
    let edits = withCastEdit(emptyPlanEdits(), 'c1', { name: 'A' });
    edits = withCastEdit(edits, 'c1', { name: '  ' });
    expect(edits.cast).toEqual({});
  });

  it('prunes orphan lines beyond the newest ones kept', () => {
    let edits = emptyPlanEdits();
    for (let i = 0; i < 10; i++) edits = withLineEdit(edits, `old ${i}`, { time: 'day' });
    edits = withLineEdit(edits, 'kept', { time: 'night' });
    const pruned = prunePlanEdits(edits, ['kept'], 3);
    expect(Object.keys(pruned.lines)).toEqual(['old 7', 'old 8', 'old 9', 'kept']);
  });
});

describe('validatePlanEdits', () => {
  it('keeps valid edits as they are', () => {
    let edits = withLineEdit(emptyPlanEdits(), LINES[0], { setting: 'park', time: null, cast: ['c1'], objects: [{ kind: 'kite', count: null }] });
    edits = withCastEdit(edits, 'c2', { name: 'Bori', kind: 'cat' });
    expect(json(validatePlanEdits(json(edits), { catalog }))).toEqual(json(edits));
  });

  it.each([undefined, null, 42, 'text', [], { lines: 'x', cast: [] }])('turns %j into no edits', (value) => {
    expect(json(validatePlanEdits(value, { catalog }))).toEqual({ lines: {}, cast: {} });
  });

  it('drops unknown ids and malformed slots without throwing', () => {
    const out = validatePlanEdits(
      {
        lines: {
          a: { setting: 'moon_base', time: 'dawn', cast: ['c1', 3, 'c1', ''], objects: [{ kind: 'kite', count: 2 }, { kind: 'unicorn', count: 1 }, { kind: 'kite', count: 5 }, { kind: 'coffee', count: -1 }, 'x', null] },
          b: { setting: 'moon_base' },
          '': { setting: 'park' },
          c: 'not an edit',
        },
        cast: { c1: { name: 'A', kind: 'dragon' }, c2: { kind: 'car' }, c3: 'x', c4: { name: 42 } },
      },
      { catalog },
    );
    expect(json(out)).toEqual({ lines: { a: { cast: ['c1'], objects: [{ kind: 'kite', count: 2 }] } }, cast: { c1: { name: 'A' } } });
  });

  it('caps counts at the kind\'s maximum and the number of objects per line', () => {
    const objects = catalog.kinds.slice(0, 40).map((k) => ({ kind: k.id, count: 1000 }));
    const out = validatePlanEdits({ lines: { a: { objects } } }, { catalog });
    expect(out.lines.a.objects).toHaveLength(MAX_OBJECTS_PER_LINE);
    const person = catalog.kinds.find((k) => k.id === 'person')!;
    expect(out.lines.a.objects![0]).toEqual({ kind: 'person', count: person.maxCount });
  });

  it('checks shapes only without a catalog', () => {
    expect(json(validatePlanEdits({ lines: { a: { setting: 'moon_base', objects: [{ kind: 'unicorn', count: 2.4 }] } } }))).toEqual({
      lines: { a: { setting: 'moon_base', objects: [{ kind: 'unicorn', count: 2 }] } },
      cast: {},
    });
  });

  it('bounds a huge stored object', () => {
    const lines: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) lines[`line ${i}`] = { time: 'day' };
    lines['x'.repeat(10_000)] = { time: 'day' };
    const out = validatePlanEdits({ lines, cast: {} });
    expect(Object.keys(out.lines)).toHaveLength(MAX_LINE_EDITS);
  });
});

describe('plansForLines', () => {
  it('gives each line its edited plan by text and null where the planner has not read it', () => {
    const edits = withLineEdit(emptyPlanEdits(), LINES[0], { setting: 'zoo' });
    const out = plansForLines(treatmentPlan(), edits, [LINES[0], 'a new line', LINES[2]]);
    expect(out.map((p) => p?.setting ?? null)).toEqual(['zoo', null, 'kitchen']);
    expect(plansForLines(null, edits, ['a', 'b'])).toEqual([null, null]);
  });
});
