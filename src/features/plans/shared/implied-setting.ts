// A line that names no place still shows one: the things it names point to the settings that can hold them
// (the catalogue's setting → kinds lists, the ToonScenes scene rules). A kind few settings hold says more
// ("toilet": only the bathroom) than one most hold ("dog"), so each kind weighs log(settings / settings holding it).

export interface ImpliedSetting {
  setting: string;
  /** The winner's share of the evidence (0…1), below a named place's confidence. */
  confidence: number;
}

/** Evidence a lone kind held by at most this many settings gives; the least a guess must reach. */
const WEAKEST_CLUE = 4;

export function impliedSetting(kindIds: readonly string[], kinds: ReadonlyMap<string, { settings?: readonly string[] }>, settingCount: number): ImpliedSetting | null {
  if (settingCount < 2) return null;
  const score = new Map<string, number>();
  for (const id of new Set(kindIds)) {
    const holders = kinds.get(id)?.settings ?? [];
    // kinds every other setting holds (people, dogs) point nowhere
    if (holders.length === 0 || holders.length * 2 > settingCount) continue;
    const weight = Math.log(settingCount / holders.length);
    for (const s of holders) score.set(s, (score.get(s) ?? 0) + weight);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const [best, second] = ranked;
  if (second && second[1] === best[1]) return null;
  if (best[1] < Math.log(settingCount / WEAKEST_CLUE)) return null;
  const total = ranked.reduce((sum, [, v]) => sum + v, 0);
  return { setting: best[0], confidence: Math.round((0.5 * best[1]) / total * 1000) / 1000 };
}
