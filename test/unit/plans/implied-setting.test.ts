// A line that names no place: its things point to a setting (weighted by how few settings hold them), and a
// place the story names later still opens the story.
import { describe, expect, it } from 'vitest';
import type { LineReading, SpanReading } from '../../../src/features/plans/shared/line-reading';
import { impliedSetting } from '../../../src/features/plans/shared/implied-setting';
import { readStory, type KindInfo } from '../../../src/features/plans/shared/story-reader';

const SETTINGS = ['bathroom', 'kitchen', 'zoo', 'park', 'beach', 'office', 'forest', 'bedroom'];
const KINDS = new Map<string, KindInfo>([
  ['woman', { category: 'person', actor: true, settings: SETTINGS }],
  ['dog', { category: 'animal', actor: false, settings: SETTINGS.slice(0, 6) }],
  ['toilet', { category: 'furniture', actor: false, settings: ['bathroom'] }],
  ['giraffe', { category: 'animal', actor: false, settings: ['zoo'] }],
  ['bench', { category: 'furniture', actor: false, settings: ['park', 'zoo'] }],
  ['tree', { category: 'plant', actor: false, settings: ['park', 'zoo', 'forest'] }],
  ['cup', { category: 'kitchenware', actor: false, settings: ['kitchen', 'office'] }],
]);

function reading(text: string, setting: string | null, things: string[]): LineReading {
  const spans: SpanReading[] = things.map((kind) => {
    const start = text.indexOf(kind);
    return { type: 'thing', start, end: start + kind.length, text: kind, value: kind, confidence: 0.9, count: 1 };
  });
  return { setting, settingConfidence: 0.8, unknownPlace: false, namesPlace: setting !== null, time: null, timeConfidence: 0.7, spans, hangul: false };
}

describe('impliedSetting', () => {
  it('picks the setting the rare kinds point to', () => {
    expect(impliedSetting(['woman', 'toilet'], KINDS, SETTINGS.length)?.setting).toBe('bathroom');
    expect(impliedSetting(['giraffe', 'bench', 'tree'], KINDS, SETTINGS.length)?.setting).toBe('zoo');
  });

  it('guesses nothing from kinds most settings hold, from a tie, or from weak clues alone', () => {
    expect(impliedSetting(['woman', 'dog'], KINDS, SETTINGS.length)).toBeNull();
    expect(impliedSetting(['cup'], KINDS, SETTINGS.length)).toBeNull();
    expect(impliedSetting(['tree'], KINDS, SETTINGS.length)).toBeNull();
    expect(impliedSetting([], KINDS, SETTINGS.length)).toBeNull();
  });

  it('gives a guess less confidence than a named place', () => {
    const guess = impliedSetting(['giraffe', 'bench'], KINDS, SETTINGS.length)!;
    expect(guess.confidence).toBeGreaterThan(0);
    expect(guess.confidence).toBeLessThanOrEqual(0.5);
  });
});

describe('readStory with implied places', () => {
  const read = (lines: [string, string | null, string[]][]) =>
    readStory(lines.map(([t]) => t), lines.map(([t, s, k]) => reading(t, s, k)), KINDS).plans;

  it('places a lone line by its things and carries the guess', () => {
    const plans = read([['The giraffe eats.', null, ['giraffe']], ['It sleeps.', null, []]]);
    expect(plans.map((p) => p.setting)).toEqual(['zoo', 'zoo']);
    expect(plans.map((p) => p.carried.setting)).toEqual([false, true]);
  });

  it('lets the place a later line names open the story and replace the guess', () => {
    const plans = read([['A woman and a giraffe.', null, ['woman', 'giraffe']], ['They reach the park.', 'park', []]]);
    expect(plans.map((p) => p.setting)).toEqual(['park', 'park']);
  });

  it('never overrides a named place with a guess', () => {
    const plans = read([['At the beach.', 'beach', []], ['The toilet is closed.', null, ['toilet']]]);
    expect(plans.map((p) => p.setting)).toEqual(['beach', 'beach']);
  });
});
