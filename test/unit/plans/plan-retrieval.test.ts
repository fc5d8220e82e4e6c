// The plan ranker on small hand-made galleries: setting as a filter, named kinds and counts, time, then CLIP.
import { describe, expect, it } from 'vitest';
import { GalleryIndex } from '../../../src/core/gallery-index';
import type { SceneMeta } from '../../../src/core/gallery-store';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import {
  missingKinds, rankByPlan, searchByPlan, settingApplies, wantedKinds, type RetrievalCandidate, type RetrievalPlan,
} from '../../../src/features/plans/shared/plan-retrieval';

type Obj = [kind: string, count: number];
const scene = (id: string, score: number, setting: string, time: string, ...objects: Obj[]): RetrievalCandidate => ({
  id, score, source: 'gallery', setting, time, objects: objects.map(([kind, count]) => ({ kind, count })),
});
const user = (id: string, score: number): RetrievalCandidate => ({ id, score, source: 'user' });
const plan = (p: Partial<RetrievalPlan>): RetrievalPlan => ({ setting: null, time: null, cast: [], objects: [], ...p });
const ids = (ranked: { candidate: RetrievalCandidate }[]) => ranked.map((r) => r.candidate.id);

// CLIP order: a, b, u1 (the author's), c, d, e.
const gallery: RetrievalCandidate[] = [
  scene('a', 0.40, 'kitchen', 'day', ['dog', 1]),
  scene('b', 0.38, 'beach', 'day', ['man', 1]),
  user('u1', 0.37),
  scene('c', 0.35, 'beach', 'sunset', ['man', 1], ['dog', 1], ['kite', 2]),
  scene('d', 0.30, 'beach', 'sunset', ['man', 1], ['dog', 1], ['kite', 5]),
  scene('e', 0.20, 'beach', 'night', ['dog', 2]),
];

describe('rankByPlan', () => {
  it('keeps to the plan setting, then prefers named kinds, closer counts and the time, then CLIP', () => {
    const p = plan({ setting: 'beach', time: 'sunset', cast: [{ kind: 'man' }, { kind: 'dog' }], objects: [{ kind: 'kite', count: 2 }] });
    const ranked = rankByPlan(p, gallery);
    // Only beach scenes; the author's reference drops out (nothing says it shows a beach).
    expect(ids(ranked)).toEqual(['c', 'd', 'b', 'e']);
    expect(ranked[0]).toMatchObject({ held: ['man', 'dog', 'kite'], missing: [], timeMatch: true });
    // d holds all three too, but five kites, not two.
    expect(ranked[1].rank).toBeLessThan(ranked[0].rank);
    // b and e hold one kind each: b's one man is the count asked for, e's two dogs are one too many.
    expect(ranked[2]).toMatchObject({ held: ['man'], missing: ['dog', 'kite'], timeMatch: false });
    expect(ranked[3]).toMatchObject({ held: ['dog'], missing: ['man', 'kite'], timeMatch: false });
  });

  it('a held kind outweighs the time and CLIP; the time outweighs CLIP', () => {
    const two = [scene('near', 0.9, 'park', 'sunset'), scene('far', 0.1, 'park', 'day', ['cat', 1])];
    expect(ids(rankByPlan(plan({ time: 'sunset', objects: [{ kind: 'cat', count: 1 }] }), two))).toEqual(['far', 'near']);
    const timed = [scene('near', 0.6, 'park', 'day'), scene('far', 0.3, 'park', 'night')];
    expect(ids(rankByPlan(plan({ time: 'night' }), timed))).toEqual(['far', 'near']);
  });

  it('with no setting, every entry competes, the author\'s references too, and kinds still count', () => {
    expect(ids(rankByPlan(plan({}), gallery))).toEqual(['a', 'b', 'u1', 'c', 'd', 'e']);
    expect(ids(rankByPlan(plan({ cast: [{ kind: 'dog', count: 2 }] }), gallery)).slice(0, 2)).toEqual(['e', 'a']);
    const u = rankByPlan(plan({ cast: [{ kind: 'dog' }] }), gallery).find((r) => r.candidate.id === 'u1');
    expect(u).toMatchObject({ held: [], missing: ['dog'] });
  });

  it('an empty plan keeps CLIP order exactly, user references included', () => {
    const shuffled = [gallery[3], gallery[0], gallery[5], gallery[2], gallery[1], gallery[4]];
    expect(ids(rankByPlan(plan({}), shuffled))).toEqual(['a', 'b', 'u1', 'c', 'd', 'e']);
    expect(rankByPlan(plan({}), gallery).every((r) => r.held.length === 0 && r.missing.length === 0 && !r.timeMatch)).toBe(true);
  });

  it('a setting the gallery has no scene of filters nothing: CLIP order, references kept', () => {
    const p = plan({ setting: 'volcano' });
    expect(settingApplies(p, gallery)).toBe(false);
    expect(ids(rankByPlan(p, gallery))).toEqual(['a', 'b', 'u1', 'c', 'd', 'e']);
    // Only an author's reference "has" it? References carry no setting: still no filter.
    expect(settingApplies(plan({ setting: 'kitchen' }), [user('u', 0.5)])).toBe(false);
  });

  it('kinds no scene holds leave time then CLIP to decide, and every hit says what it lacks', () => {
    const p = plan({ setting: 'beach', time: 'night', objects: [{ kind: 'unicorn', count: 1 }, { kind: 'rocket', count: null }] });
    const ranked = rankByPlan(p, gallery);
    expect(ids(ranked)).toEqual(['e', 'b', 'c', 'd']);
    expect(ranked.every((r) => r.missing.join() === 'unicorn,rocket' && r.held.length === 0)).toBe(true);
  });

  it('takes at most k, and ties keep input order', () => {
    const tied = [scene('x', 0.5, 'park', 'day'), scene('y', 0.5, 'park', 'day'), scene('z', 0.5, 'park', 'day')];
    expect(ids(rankByPlan(plan({}), tied, 2))).toEqual(['x', 'y']);
    expect(rankByPlan(plan({}), [], 3)).toEqual([]);
    expect(rankByPlan(plan({}), tied, 0)).toEqual([]);
  });

  it('an unnumbered plural wants at least two; more is as good, fewer is worse', () => {
    const kites = [scene('one', 0.5, 'park', 'day', ['kite', 1]), scene('three', 0.4, 'park', 'day', ['kite', 3])];
    expect(ids(rankByPlan(plan({ objects: [{ kind: 'kite', count: null }] }), kites))).toEqual(['three', 'one']);
    expect(ids(rankByPlan(plan({ objects: [{ kind: 'kite', count: 1 }] }), kites))).toEqual(['one', 'three']);
  });
});

describe('wantedKinds and missingKinds', () => {
  it('adds up the same kind across cast and objects; a cast member without a count is one', () => {
    expect(wantedKinds(plan({ cast: [{ kind: 'man' }, { kind: 'man', count: 2 }, { kind: 'dog', count: null }], objects: [{ kind: 'dog', count: 1 }] }))).toEqual([
      { kind: 'man', count: 3, exact: true },
      { kind: 'dog', count: 3, exact: false },
    ]);
  });

  it('names the kinds a reference lacks; a reference without metadata lacks them all', () => {
    const p = plan({ cast: [{ kind: 'man' }], objects: [{ kind: 'kite', count: 2 }] });
    expect(missingKinds(p, [{ kind: 'man', count: 1 }])).toEqual(['kite']);
    expect(missingKinds(p, undefined)).toEqual(['man', 'kite']);
    expect(missingKinds(plan({}), undefined)).toEqual([]);
  });

  it('takes a ScenePlan as it is', () => {
    const full: ScenePlan = {
      id: '1', text: 'A man flies two kites on the beach at sunset.', setting: 'beach', time: 'sunset',
      cast: [{ id: 'c1', kind: 'man', action: 'standing', confidence: 0.9 }], objects: [{ kind: 'kite', count: 2, confidence: 0.8 }],
      relations: [], unknown: [], confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
    };
    expect(ids(rankByPlan(full, gallery))[0]).toBe('c');
  });
});

describe('searchByPlan', () => {
  it('scores every entry of the index (not only CLIP\'s top k) and returns the ranked hits with what they lack', () => {
    const index = new GalleryIndex<SceneMeta>(2);
    const meta = (setting: string, time: string, objects: Obj[]): SceneMeta => ({
      setting, time, style: 'ink', source: 'gallery', objects: objects.map(([k]) => k), objectCounts: objects.map(([kind, count]) => ({ kind, count })),
    });
    // Query [1, 0]: s1 is CLIP's best, s3 its worst, and the only beach scene with a dog.
    index.setShipped(['s1', 's2', 's3'], Float32Array.from([1, 0, 0.8, 0.6, 0, 1]), [
      meta('kitchen', 'day', [['dog', 1]]), meta('beach', 'day', [['man', 1]]), meta('beach', 'night', [['dog', 1]]),
    ]);
    index.addUser('u1', [1, 0.1], { setting: '', style: '', objects: [], source: 'user' });
    const store = { index, search: (q: Float32Array, k: number) => index.topK(q, k) };
    const query = Float32Array.from([1, 0]);
    const hits = searchByPlan(store, query, 2, plan({ setting: 'beach', cast: [{ kind: 'dog' }] }));
    expect(hits.map((h) => h.id)).toEqual(['s3', 's2']);
    expect(hits[0]).toMatchObject({ source: 'gallery', missing: [], meta: { setting: 'beach', time: 'night' } });
    expect(hits[0].score).toBeCloseTo(0, 6);
    expect(hits[1].missing).toEqual(['dog']);
    // No plan setting: the author's reference competes on CLIP like any entry holding nothing named.
    expect(searchByPlan(store, query, 4, plan({})).map((h) => h.id)).toEqual(['s1', 'u1', 's2', 's3']);
  });
});
