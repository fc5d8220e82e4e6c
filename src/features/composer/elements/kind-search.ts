// The add-an-item search: catalogue kinds whose English or Korean name (or id) holds what the author typed, best
// matches first (whole name, then a name that starts with it, then one that holds it), so "개", "dog" and "Dog" all
// find the dog.
import type { CatalogName } from '../../plans/shared/plan-catalog';

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/[\s_-]+/g, '');
}

/** Up to `limit` kinds matching `query`; an empty query gives none (the list shows only once something is typed). */
export function searchKinds<T extends CatalogName>(kinds: readonly T[], query: string, limit = 8): T[] {
  const q = fold(query);
  if (!q) return [];
  const scored = kinds.flatMap((kind, order) => {
    const names = [kind.en, kind.ko, kind.id].map(fold);
    const rank = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : -1;
    return rank < 0 ? [] : [{ kind, rank, order }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, limit).map((s) => s.kind);
}
