// What the story reader needs to know of each kind (is it a person or an animal, can it take an action),
// read from scene_planner/catalog.json's `kinds`.
import type { KindInfo } from './story-reader';

export function kindInfoFromCatalog(json: unknown): Map<string, KindInfo> {
  const kinds = (json as { kinds?: unknown } | null)?.kinds;
  if (!Array.isArray(kinds) || kinds.length === 0) throw new Error('scene_planner/catalog.json: "kinds" must be a non-empty list');
  const out = new Map<string, KindInfo>();
  for (const k of kinds as Record<string, unknown>[]) {
    if (typeof k?.id !== 'string' || typeof k.category !== 'string') {
      throw new Error('scene_planner/catalog.json: every kind needs a string "id" and "category"');
    }
    out.set(k.id, { category: k.category, actor: k.actor === true });
  }
  return out;
}
