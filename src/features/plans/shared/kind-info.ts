// What the story reader needs to know of each kind (a person or an animal? takes an action? which settings hold
// it?), from the planner's catalog.json as the one catalog parser reads it.
import { parsePlanCatalog } from './plan-catalog';
import type { KindInfo } from './story-reader';

export function kindInfoFromCatalog(json: unknown): Map<string, KindInfo> {
  const catalog = parsePlanCatalog(json);
  const holders = (kind: string) => catalog.settings.filter((s) => s.kinds.includes(kind)).map((s) => s.id);
  return new Map(catalog.kinds.map((k) => [k.id, { category: k.category, actor: k.actor, settings: holders(k.id) }]));
}
