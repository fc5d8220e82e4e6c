import { describe, expect, it } from 'vitest';
import {
  bestRowPerColumn, boundsOf, cosinePercent, dodge, cosineTable, formatPercent, labelColours, nearestInDirection, nearestPoint,
  promptLang, toScreen, topLabels,
} from '../../../src/features/lens/shared/lens-math';

describe('cosineTable', () => {
  it('gives every row of a against every row of b, normalising lengths', () => {
    const a = Float32Array.from([1, 0, 0, 2]); // (1,0), (0,2)
    const b = Float32Array.from([3, 0, 1, 1, -1, 0]); // (3,0), (1,1), (-1,0)
    const t = cosineTable(a, 2, b, 3, 2);
    const want = [1, Math.SQRT1_2, -1, 0, Math.SQRT1_2, 0];
    expect(t).toHaveLength(6);
    want.forEach((v, i) => expect(t[i]).toBeCloseTo(v, 6));
  });
  it('scores a zero vector 0 instead of NaN and rejects short data', () => {
    expect(Array.from(cosineTable(new Float32Array(2), 1, Float32Array.from([1, 0]), 1, 2))).toEqual([0]);
    expect(() => cosineTable(new Float32Array(3), 2, new Float32Array(2), 1, 2)).toThrow(/do not fit/);
  });
});

describe('percent formatting', () => {
  it('rounds cosine × 100 and prints negatives with a minus sign', () => {
    expect(cosinePercent(0.524)).toBe(52);
    expect(cosinePercent(-0.176)).toBe(-18);
    expect(formatPercent(-18)).toBe('−18');
    expect(formatPercent(53)).toBe('53');
    expect(formatPercent(NaN)).toBe('–');
  });
});

describe('bestRowPerColumn', () => {
  it('finds the best line for each panel, first on ties', () => {
    // rows × cols = 3 × 2
    expect(bestRowPerColumn([10, 5, 30, 5, 20, 4], 3, 2)).toEqual([1, 0]);
  });
});

describe('topLabels', () => {
  it('ranks prompts by cosine and keeps list order on ties', () => {
    const prompts = Float32Array.from([1, 0, 0, 1, 1, 1, 1, 0]);
    const ranked = topLabels(Float32Array.from([1, 0.1]), prompts, ['a', 'b', 'c', 'd'], 2, 3);
    expect(ranked.map((r) => r.label)).toEqual(['a', 'd', 'c']);
    expect(ranked[0].score).toBe(cosinePercent(1 / Math.hypot(1, 0.1)));
  });
});

describe('promptLang', () => {
  it('is Korean when the line has Hangul, English otherwise', () => {
    expect(promptLang('민지가 골목을 뛰어간다.')).toBe('ko');
    expect(promptLang('CEO 민지')).toBe('ko');
    expect(promptLang('A cat sleeps.')).toBe('en');
  });
});

describe('map geometry', () => {
  it('bounds every point set and never collapses to zero size', () => {
    expect(boundsOf([0, 0, 2, -1], [5, 3])).toEqual({ minX: 0, maxX: 5, minY: -1, maxY: 3 });
    expect(boundsOf([1, 1])).toEqual({ minX: 0, maxX: 2, minY: 0, maxY: 2 });
    expect(boundsOf()).toEqual({ minX: -1, maxX: 1, minY: -1, maxY: 1 });
  });
  it('maps the bounds onto the box with y pointing down', () => {
    const place = toScreen({ minX: 0, maxX: 10, minY: 0, maxY: 5 }, 120, 70, 10);
    expect(place(0, 0)).toEqual([10, 60]);
    expect(place(10, 5)).toEqual([110, 10]);
  });
  it('walks to the nearest dot within 45° of an arrow key, or nowhere', () => {
    const pts = [0, 0, 10, 1, 3, 0.5, 0, 10, -4, 0, 6, 5];
    expect(nearestInDirection(pts, 0, 1, 0)).toBe(2);
    expect(nearestInDirection(pts, 0, 0, 1)).toBe(3);
    expect(nearestInDirection(pts, 0, -1, 0)).toBe(4);
    expect(nearestInDirection(pts, 0, 0, -1)).toBe(-1);
  });
  it('hover-picks the nearest dot inside the radius only', () => {
    const pts = [0, 0, 10, 0];
    expect(nearestPoint(pts, 7, 1, 5)).toBe(1);
    expect(nearestPoint(pts, 5, 20, 5)).toBe(-1);
  });
  it('gives each label its own colour', () => {
    const labels = Array.from({ length: 18 }, (_, i) => `s${i}`);
    expect(new Set(labelColours(labels).values()).size).toBe(18);
  });
});

describe('dodge', () => {
  it('moves crowded markers apart and leaves free ones where they are', () => {
    const placed = dodge([50, 50, 50, 50, 51, 50, 200, 10], 16);
    expect([placed[0], placed[1]]).toEqual([50, 50]);
    expect([placed[6], placed[7]]).toEqual([200, 10]);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < i; j++) expect(Math.hypot(placed[2 * i] - placed[2 * j], placed[2 * i + 1] - placed[2 * j + 1])).toBeGreaterThanOrEqual(16);
    }
  });
});
