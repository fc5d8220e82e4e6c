// What the chips say for the catalog's ids in the current locale, and which earlier line a carried slot comes from.
import { getLocale, t } from '../../../core/i18n';
import type { ScenePlan } from '../shared/plan-contract';
import { catalogName, CAST_CATEGORIES, type PlanCatalog } from '../shared/plan-catalog';

export function settingName(catalog: PlanCatalog | null, id: string | null): string {
  return id === null ? t('plans.noPlace') : catalogName(catalog?.settings, id, getLocale());
}

export function timeName(catalog: PlanCatalog | null, id: string | null): string {
  return id === null ? t('plans.noTime') : catalogName(catalog?.times, id, getLocale());
}

export function kindName(catalog: PlanCatalog | null, id: string): string {
  return catalogName(catalog?.kinds, id, getLocale());
}

export function actionName(catalog: PlanCatalog | null, id: string): string {
  return catalogName(catalog?.actions, id, getLocale());
}

/** null is a plural with no number ("several"); an absent count is one. */
export function countText(count: number | null | undefined): string {
  return count === null ? t('plans.several') : `×${count ?? 1}`;
}

export function whoName(catalog: PlanCatalog | null, member: { id: string; name?: string; kind: string }): string {
  return member.name ? `${member.name} · ${kindName(catalog, member.kind)}` : kindName(catalog, member.kind);
}

/** The kinds an object chip may take: every catalog kind that is not a cast category. */
export function thingKinds(catalog: PlanCatalog | null): { id: string; name: string; maxCount: number }[] {
  const locale = getLocale();
  return (catalog?.kinds ?? [])
    .filter((k) => !CAST_CATEGORIES.includes(k.category))
    .map((k) => ({ id: k.id, name: k[locale], maxCount: k.maxCount }));
}

/** The nearest earlier line (1-based) that states the slot this line carries: 'setting', 'time' or a cast id. */
export function carriedFrom(plans: readonly ScenePlan[], index: number, slot: 'setting' | 'time' | string): number | null {
  for (let j = index - 1; j >= 0; j--) {
    const p = plans[j];
    if (slot === 'setting' && !p.carried.setting && p.setting === plans[index].setting) return j + 1;
    if (slot === 'time' && !p.carried.time && p.time === plans[index].time) return j + 1;
    if (slot !== 'setting' && slot !== 'time' && p.cast.some((c) => c.id === slot) && !p.carried.cast.includes(slot)) return j + 1;
  }
  return null;
}
