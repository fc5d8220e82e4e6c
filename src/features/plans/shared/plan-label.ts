// A plan in one short line for the panel it drew ("beach · sunset · man, dog, kite ×2"), in the UI language,
// with names from the scene planner's catalog.json when the caller has them (ids in words otherwise).
import { getLocale, tIn, type Locale } from '../../../core/i18n';
import { wantedKinds, type RetrievalPlan } from './plan-retrieval';

export interface PlanName {
  id: string;
  en: string;
  ko: string;
}

/** The display names a plan line needs; the parsed catalog.json (settings, times, kinds) is one. */
export interface PlanNames {
  settings: readonly PlanName[];
  times: readonly PlanName[];
  kinds: readonly PlanName[];
}

export type PlanSlot = keyof PlanNames;

/** The name of a catalogue id in `locale`; without names, or for an id they lack, the id in words. */
export function planName(names: PlanNames | undefined, slot: PlanSlot, id: string, locale: Locale = getLocale()): string {
  return names?.[slot].find((n) => n.id === id)?.[locale] ?? id.replace(/_/g, ' ');
}

/** The named kinds with their counts: "man", "kite ×2", "kite (several)". */
export function kindLabels(plan: RetrievalPlan, names?: PlanNames, locale: Locale = getLocale()): string[] {
  return wantedKinds(plan).map((w) => {
    const name = planName(names, 'kinds', w.kind, locale);
    if (!w.exact) return tIn(locale, 'panel.planSeveral', { name });
    return w.count > 1 ? tIn(locale, 'panel.planCount', { name, count: w.count }) : name;
  });
}

/** Place · time · kinds, leaving out what the plan does not state; '' for an empty plan. */
export function planLine(plan: RetrievalPlan, names?: PlanNames, locale: Locale = getLocale()): string {
  const parts: string[] = [];
  if (plan.setting) parts.push(planName(names, 'settings', plan.setting, locale));
  if (plan.time) parts.push(planName(names, 'times', plan.time, locale));
  const kinds = kindLabels(plan, names, locale);
  if (kinds.length) parts.push(kinds.join(', '));
  return parts.join(' · ');
}

/** The kinds a reference lacks, named: '' when it lacks none. */
export function missingLine(missing: readonly string[] | undefined, names?: PlanNames, locale: Locale = getLocale()): string {
  if (!missing?.length) return '';
  return tIn(locale, 'panel.planMissing', { kinds: missing.map((k) => planName(names, 'kinds', k, locale)).join(', ') });
}
