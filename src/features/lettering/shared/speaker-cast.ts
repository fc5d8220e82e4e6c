// A balloon's speaker linked to the treatment's cast (the scene plans): "민지: "…"" speaks as the 민지 the plans
// read, so the studio can say who speaks and composed layouts can aim the tail at that character.
import type { CastEntry } from '../../plans/shared/plan-contract';

/** Case, width and spacing differences are not different names ("MINA", "Ｍｉｎａ", "Mina " are Mina). */
function normalName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The cast member the speaker names, when exactly one is named so; undefined for none or an ambiguous name. */
export function speakerCast(speaker: string | undefined, cast: readonly CastEntry[]): CastEntry | undefined {
  if (!speaker) return undefined;
  const want = normalName(speaker);
  if (!want) return undefined;
  const named = cast.filter((c) => c.name !== undefined && normalName(c.name) === want);
  return named.length === 1 ? named[0] : undefined;
}
