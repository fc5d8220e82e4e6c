// Retrieval by scene plan: which reference a planned line draws from. Pure: CLIP scores and scene metadata in,
// ranked candidates out; the image worker (strip) and `npm run retrieve -- --plans` run the same ranking.
import type { GalleryIndexHit } from '../../../core/gallery-index';
import type { GalleryStore, SceneMeta } from '../../../core/gallery-store';

/** What of a plan retrieval reads; a ScenePlan is one, and so is a record of `npm run plan`. */
export interface RetrievalPlan {
  setting: string | null;
  time: string | null;
  cast: readonly { kind: string; count?: number | null }[];
  objects: readonly { kind: string; count: number | null }[];
}

/** One searchable entry: a gallery scene with its metadata, or one of the author's references (no metadata). */
export interface RetrievalCandidate {
  id: string;
  /** CLIP cosine similarity of the line and the entry. */
  score: number;
  source: 'gallery' | 'user';
  setting?: string;
  time?: string;
  objects?: readonly { kind: string; count: number }[];
}

export interface RankedCandidate<C extends RetrievalCandidate = RetrievalCandidate> {
  candidate: C;
  /** The plan score the ranking sorted by (see rankByPlan). */
  rank: number;
  /** Named kinds the entry holds, and those it lacks (all of them for an author's reference). */
  held: string[];
  missing: string[];
  timeMatch: boolean;
}

/** A kind the plan names with how many: `exact` false for a plural with no number ("kites": at least `count`). */
export interface WantedKind {
  kind: string;
  count: number;
  exact: boolean;
}

/**
 * The kinds a plan names, cast and objects together, once each, in plan order; the same kind twice adds up
 * (two cast members who are both "man" want two men). An unnumbered plural wants at least two.
 */
export function wantedKinds(plan: RetrievalPlan): WantedKind[] {
  const out = new Map<string, WantedKind>();
  const add = (kind: string, count: number | null | undefined) => {
    const n = count === undefined ? 1 : count === null ? 2 : Math.max(1, count);
    const had = out.get(kind);
    if (had) out.set(kind, { kind, count: had.count + n, exact: had.exact && count !== null });
    else out.set(kind, { kind, count: n, exact: count !== null });
  };
  for (const c of plan.cast) add(c.kind, c.count);
  for (const o of plan.objects) add(o.kind, o.count);
  return [...out.values()];
}

/** How far a scene's count is from the wanted one (0 when an unnumbered plural has at least its minimum). */
function countGap(want: WantedKind, have: number): number {
  return want.exact ? Math.abs(have - want.count) : Math.max(0, want.count - have);
}

/** The named kinds a scene's objects lack; every named kind when the scene has no metadata. */
export function missingKinds(plan: RetrievalPlan, objects: readonly { kind: string; count: number }[] | undefined): string[] {
  const have = new Set((objects ?? []).filter((o) => o.count > 0).map((o) => o.kind));
  return wantedKinds(plan).map((w) => w.kind).filter((k) => !have.has(k));
}

/** Whether the ranking can keep to the plan's setting: it names one and some gallery entry has it. */
export function settingApplies(plan: RetrievalPlan, candidates: readonly RetrievalCandidate[]): boolean {
  return plan.setting !== null && candidates.some((c) => c.source === 'gallery' && c.setting === plan.setting);
}

const COUNT_WEIGHT = 0.5;
const TIME_WEIGHT = 0.2;
const CLIP_WEIGHT = 0.1;

/**
 * Ranks candidates for a plan, best first, at most k.
 *
 * Setting is a filter, not a weight: when the plan names a setting and the gallery has scenes of it, only those
 * scenes are candidates; the author's references, which carry no metadata, then drop out, since nothing says they
 * show that place. When the plan names no setting, or one the gallery lacks, every entry stays, references too.
 * Among the candidates the score is
 *   Σ over the named kinds the scene holds of (1 + 0.5 / (1 + |count gap|))  +  0.2 if the time matches  +  0.1 × CLIP cosine,
 * so each named kind held (≥ 1) outweighs everything after it, a closer count (≤ 0.5 a kind) mostly outweighs the
 * time, and the time outweighs CLIP's spread among near-equal scenes; CLIP alone orders what the plan cannot tell
 * apart. An empty plan (no setting, time or kinds) therefore keeps CLIP order exactly; ties keep input order.
 */
export function rankByPlan<C extends RetrievalCandidate>(plan: RetrievalPlan, candidates: readonly C[], k = Infinity): RankedCandidate<C>[] {
  const wanted = wantedKinds(plan);
  const keepSetting = settingApplies(plan, candidates);
  const pool = keepSetting ? candidates.filter((c) => c.source === 'gallery' && c.setting === plan.setting) : candidates;
  const ranked = pool.map((candidate, order) => {
    const counts = new Map<string, number>();
    for (const o of candidate.objects ?? []) counts.set(o.kind, (counts.get(o.kind) ?? 0) + o.count);
    const held: string[] = [];
    const missing: string[] = [];
    let rank = 0;
    for (const w of wanted) {
      const have = counts.get(w.kind) ?? 0;
      if (have <= 0) {
        missing.push(w.kind);
        continue;
      }
      held.push(w.kind);
      rank += 1 + COUNT_WEIGHT / (1 + countGap(w, have));
    }
    const timeMatch = plan.time !== null && candidate.time === plan.time;
    if (timeMatch) rank += TIME_WEIGHT;
    rank += CLIP_WEIGHT * (Number.isFinite(candidate.score) ? candidate.score : -1);
    return { result: { candidate, rank, held, missing, timeMatch }, order };
  });
  ranked.sort((a, b) => b.result.rank - a.result.rank || b.result.candidate.score - a.result.candidate.score || a.order - b.order);
  return ranked.slice(0, Math.max(0, k)).map((r) => r.result);
}

/** The shipped gallery and the author's references, searched for a plan: all entries scored by CLIP, then ranked. */
export function searchByPlan(
  store: Pick<GalleryStore, 'search' | 'index'>, query: Float32Array, k: number, plan: RetrievalPlan,
): (GalleryIndexHit<SceneMeta> & { missing: string[] })[] {
  const all = store.search(query, store.index.size).map((hit) => ({
    ...hit, setting: hit.meta.setting, time: hit.meta.time, objects: hit.meta.objectCounts,
  }));
  return rankByPlan(plan, all, k).map(({ candidate: { id, score, source, meta }, missing }) => ({ id, score, source, meta, missing }));
}
