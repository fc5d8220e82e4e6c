// The report's MRR@K / R@K / zero-shot functions against values training/clip/eval.py computed on the same input
// (fixture: python3 -m training.clip.report_fixture).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KS, argmax, ownImageRanks, retrievalMetrics, zeroShot, type Embeddings } from '../../../tools/clip-report/metrics';

interface Fixture {
  dim: number;
  ks: number[];
  image: number[][];
  text: number[][];
  target: number[];
  prompts: number[][];
  truth: number[];
  retrieval: Record<string, number>;
  zero_shot: { accuracy: number; chance: number; predicted: number[] };
}

const fixture = JSON.parse(readFileSync('test/fixtures/clip-report/eval-clip-metrics.json', 'utf8')) as Fixture;
const rows = (m: number[][]): Embeddings => ({ data: Float32Array.from(m.flat()), rows: m.length, dim: fixture.dim });

describe('CLIP report metrics = training/clip/eval.py', () => {
  it('uses the same K values', () => {
    expect([...KS]).toEqual(fixture.ks);
  });

  it('gives eval_clip.retrieval_metrics figures on the fixture (ties included)', () => {
    const got = retrievalMetrics(rows(fixture.text), rows(fixture.image), fixture.target);
    expect(Object.keys(got).sort()).toEqual(Object.keys(fixture.retrieval).sort());
    for (const [key, want] of Object.entries(fixture.retrieval)) expect(got[key], key).toBeCloseTo(want, 6);
  });

  it('counts only strictly higher scores: a query equal to its own image, which another row duplicates, ranks 1', () => {
    const ranks = ownImageRanks(rows(fixture.text), rows(fixture.image), fixture.target);
    expect(fixture.target[9]).toBe(3);
    expect(ranks[9]).toBe(1);
    expect(ranks[5]).toBeGreaterThan(1);
  });

  it('gives eval_clip.evaluate zero-shot accuracy, chance and predictions', () => {
    const got = zeroShot(rows(fixture.image), rows(fixture.prompts), fixture.truth);
    expect(got.predicted).toEqual(fixture.zero_shot.predicted);
    expect(got.accuracy).toBeCloseTo(fixture.zero_shot.accuracy, 6);
    expect(got.chance).toBeCloseTo(fixture.zero_shot.chance, 6);
  });

  it('takes the first index on ties, as torch.argmax does', () => {
    expect(argmax([0.1, 0.5, 0.5, 0.2])).toBe(1);
  });

  it('rejects a target that is not an image row', () => {
    expect(() => retrievalMetrics(rows([[1, 0, 0, 0, 0, 0, 0, 0]]), rows(fixture.image), [99])).toThrow(/target 99/);
  });
});
