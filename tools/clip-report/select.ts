// Seeded choice of the example scenes (similarity, zero-shot, retrieval queries): same dataset + seed →
// same scenes, and scenes in one example come from different settings so a "wrong" caption is really wrong.
import { createRng, deriveSeed } from '../../src/core/rng';
import type { Scene } from './dataset';
import { THESIS_LABELS } from './thesis';

/** Up to n scene rows of pairwise different settings, none in `avoid`, in a seeded order. */
export function distinctSettings(scenes: readonly Scene[], seed: number, n: number, avoid: ReadonlySet<string> = new Set(),
  prefer: (s: Scene) => boolean = () => true): number[] {
  const order = createRng(seed).shuffle(scenes.map((_, i) => i));
  const taken = new Set(avoid);
  const out: number[] = [];
  // Preferred scenes first, then the rest, so a split without them still gives n examples.
  for (const pass of [true, false]) {
    for (const i of order) {
      if (out.length === n) return out;
      const s = scenes[i];
      if (prefer(s) !== pass || taken.has(s.setting)) continue;
      taken.add(s.setting);
      out.push(i);
    }
  }
  return out;
}

export interface SimilarityPick {
  scene: number;
  /** Four other scenes whose first KO/EN captions are the wrong treatments. */
  wrong: number[];
}

export function similarityPicks(scenes: readonly Scene[], seed: number, count = 3): SimilarityPick[] {
  return distinctSettings(scenes, deriveSeed(seed, 1), count).map((scene, k) => ({
    scene,
    wrong: distinctSettings(scenes, deriveSeed(seed, 2, k), 4, new Set([scenes[scene].setting])),
  }));
}

/** Zero-shot examples, from the thesis's labels first (Tables 10–11 use those). */
export function zeroShotPicks(scenes: readonly Scene[], seed: number, count = 4): number[] {
  return distinctSettings(scenes, deriveSeed(seed, 3), count, new Set(), (s) => s.setting in THESIS_LABELS);
}

/** Test-split captions as queries, as Tables 6–9 do: one EN, one KO (their scene is the "real image"). */
export function captionQueryPicks(scenes: readonly Scene[], seed: number): { scene: number; lang: 'en' | 'ko' }[] {
  const [a, b] = distinctSettings(scenes, deriveSeed(seed, 4), 2);
  return [{ scene: a, lang: 'en' }, { scene: b, lang: 'ko' }];
}
