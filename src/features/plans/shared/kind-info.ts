// What the story reader needs to know of each kind (is it a person or an animal, can it take an action),
// from the planner's catalog.json as the one catalog parser reads it.
import { parsePlanCatalog } from './plan-catalog';
import type { KindInfo } from './story-reader';

export function kindInfoFromCatalog(json: unknown): Map<string, KindInfo> {
  return new Map(parsePlanCatalog(json).kinds.map((k) => [k.id, { category: k.category, actor: k.actor }]));
}
