// <toon-plan-chips> on its own for test/e2e/plan-chips.spec.ts: a hand-written TreatmentPlan, the shipped catalog,
// and the owner's part done the way the studio does it (edits kept here, passed back). Events land in window.planEvents.
import '../../../src/features/plans/elements/plan-chips';
import type { PlanCastEditEvent, PlanLineEditEvent } from '../../../src/features/plans/elements/plan-chips';
import { parsePlanCatalog } from '../../../src/features/plans/shared/plan-catalog';
import { emptyPlanEdits, withCastEdit, withLineEdit } from '../../../src/features/plans/shared/plan-edits';
import { setLocale, type Locale } from '../../../src/core/i18n';
import { LINES, treatmentPlan } from '../../fixtures/plans/treatment-plan';

interface Harness {
  events: { type: string; detail: unknown }[];
  setLocale(locale: Locale): void;
  ready: Promise<void>;
}

const chips = document.createElement('toon-plan-chips');
const events: Harness['events'] = [];
chips.plan = treatmentPlan();
chips.edits = emptyPlanEdits();
chips.lines = [...LINES];
chips.status = 'ready';
chips.addEventListener('plan-line-edit', (e) => {
  const { text, edit } = (e as PlanLineEditEvent).detail;
  events.push({ type: e.type, detail: (e as PlanLineEditEvent).detail });
  chips.edits = withLineEdit(chips.edits, text, edit);
});
chips.addEventListener('plan-cast-edit', (e) => {
  const { id, name, kind } = (e as PlanCastEditEvent).detail;
  events.push({ type: e.type, detail: (e as PlanCastEditEvent).detail });
  chips.edits = withCastEdit(chips.edits, id, { name, kind });
});
document.getElementById('column')!.append(chips);

const ready = fetch('/models/toon-mini/scene_planner/catalog.json')
  .then((r) => r.json())
  .then((json) => {
    chips.catalog = parsePlanCatalog(json);
    return chips.updateComplete;
  })
  .then(() => undefined);

(window as unknown as { planHarness: Harness }).planHarness = {
  events,
  ready,
  setLocale: (locale) => {
    setLocale(locale);
    document.documentElement.lang = locale;
  },
};
