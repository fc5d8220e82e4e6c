// planCorpus: the scene planner's labelled training corpus (lines and four-line stories), deterministic per seed.
import { createRng, deriveSeed } from '../../../src/core/rng.js';
import { makeLine, type LineRecord } from './lines.js';
import { makeStory, type StoryRecord } from './stories.js';

export type CorpusRecord = LineRecord | StoryRecord;
export interface CorpusOptions { lines: number; stories: number; seed: number }

/** Record i of each kind depends only on (seed, kind, i), so any slice can be rebuilt alone. */
export function* corpusRecords({ lines, stories, seed }: CorpusOptions): Generator<CorpusRecord> {
  for (let i = 0; i < lines; i++) {
    const rng = createRng(deriveSeed(seed, 1, i));
    yield makeLine(rng, rng.chance(0.5) ? 'ko' : 'en', `l${i}`).record;
  }
  for (let i = 0; i < stories; i++) {
    const rng = createRng(deriveSeed(seed, 2, i));
    yield makeStory(rng, rng.chance(0.5) ? 'ko' : 'en', `s${i}`);
  }
}

export function planCorpus(options: CorpusOptions): CorpusRecord[] {
  return [...corpusRecords(options)];
}
