// The story reader on hand-made line readings: places and times carried, one id per character, pronouns,
// dropped subjects, names beside their kind, relations in both word orders, Korean particles off names.
import { describe, expect, it } from 'vitest';
import type { LineReading, SpanReading } from '../../../src/features/plans/shared/line-reading';
import { readStory, stripParticle, type KindInfo } from '../../../src/features/plans/shared/story-reader';

const KINDS = new Map<string, KindInfo>([
  ['person', { category: 'person', actor: true }], ['man', { category: 'person', actor: true }],
  ['woman', { category: 'person', actor: true }], ['boy', { category: 'person', actor: true }],
  ['old_man', { category: 'person', actor: false }], ['dog', { category: 'animal', actor: false }],
  ['sheep', { category: 'animal', actor: false }], ['motorcycle', { category: 'vehicle', actor: false }],
  ['sofa', { category: 'furniture', actor: false }], ['cat', { category: 'animal', actor: false }],
]);

/** A reading whose spans are found by their words in the line. */
function reading(text: string, setting: string | null, time: string | null,
  spans: [string, string, string | null, (number | null)?][] = [], unknownPlace = false): LineReading {
  const out: SpanReading[] = spans.map(([words, type, value, count]) => {
    const start = Array.from(text).join('').indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in "${text}"`);
    return { type, start, end: start + words.length, text: words, value, confidence: 0.9, ...(type === 'thing' ? { count: count === undefined ? 1 : count } : {}) };
  });
  // a test line that reads a setting names it in words (a sure place span) unless a test says otherwise
  return { setting, settingConfidence: 0.8, unknownPlace, namesPlace: setting !== null, time, timeConfidence: 0.7, spans: out,
    hangul: /[가-힣]/.test(text) };
}

function story(lines: [string, LineReading][]) {
  return readStory(lines.map(([t]) => t), lines.map(([, r]) => r), KINDS);
}

describe('readStory', () => {
  it('carries the place and time until a line changes them, and keeps a named character', () => {
    const { plans, cast } = story([
      ['Leo rode his motorbike onto a country road.', reading('Leo rode his motorbike onto a country road.', 'countryside_road', null,
        [['Leo', 'name', 'person'], ['his', 'pronoun', 'm'], ['rode his motorbike', 'action', 'riding_motorcycle'], ['motorbike', 'thing', 'motorcycle']])],
      ['The wind whipped through the hair.', reading('The wind whipped through the hair.', null, null)],
      ['He slowed down for some sheep.', reading('He slowed down for some sheep.', null, null, [['He', 'pronoun', 'm'], ['sheep', 'thing', 'sheep', null as unknown as number]])],
      ['By sunset he reached the beach.', reading('By sunset he reached the beach.', 'beach', 'sunset', [['he', 'pronoun', 'm']])],
    ]);
    expect(plans.map((p) => p.setting)).toEqual(['countryside_road', 'countryside_road', 'countryside_road', 'beach']);
    expect(plans.map((p) => p.carried.setting)).toEqual([false, true, true, false]);
    expect(plans.map((p) => p.time)).toEqual([null, null, null, 'sunset']);
    expect(cast).toEqual([{ id: 'c1', kind: 'man', name: 'Leo' }, { id: 'c2', kind: 'sheep' }]);
    expect(plans[0].cast.map((c) => [c.id, c.kind, c.action])).toEqual([['c1', 'man', 'riding_motorcycle']]);
    expect(plans[1].cast.map((c) => c.id)).toEqual(['c1']);
    expect(plans[1].carried.cast).toEqual(['c1']);
    expect(plans[2].cast.map((c) => [c.id, c.count])).toEqual([['c1', undefined], ['c2', null]]);
    expect(plans[3].cast.map((c) => c.id)).toEqual(['c1']);
    expect(plans[0].objects).toEqual([{ kind: 'motorcycle', count: 1, confidence: 0.9 }]);
  });

  it('gives a dropped Korean subject the previous cast and its action', () => {
    const { plans } = story([
      ['민지가 공원에 갔다.', reading('민지가 공원에 갔다.', 'park', 'day', [['민지가', 'name', 'woman']])],
      ['벤치에 앉아 쉬다가 달리기 시작했다.', reading('벤치에 앉아 쉬다가 달리기 시작했다.', null, null, [['달리기', 'action', 'running']])],
    ]);
    expect(plans[0].cast).toMatchObject([{ id: 'c1', name: '민지', kind: 'woman' }]);
    expect(plans[1].cast).toMatchObject([{ id: 'c1', name: '민지', action: 'running' }]);
    expect(plans[1].time).toBe('day');
    expect(plans[1].carried).toEqual({ setting: true, time: true, cast: ['c1'] });
  });

  it('names the animal a name sits beside, and resolves she/they', () => {
    const { plans, cast } = story([
      ['Mina and her dog Coco went out.', reading('Mina and her dog Coco went out.', 'park', null,
        [['Mina', 'name', 'person'], ['her', 'pronoun', 'f'], ['dog', 'thing', 'dog'], ['Coco', 'name', 'person']])],
      ['They rested.', reading('They rested.', null, null, [['They', 'pronoun', 'pl']])],
      ['Coco barked.', reading('Coco barked.', null, null, [['Coco', 'name', 'person']])],
    ]);
    expect(cast).toEqual([{ id: 'c1', kind: 'woman', name: 'Mina' }, { id: 'c2', kind: 'dog', name: 'Coco' }]);
    expect(plans[1].cast.map((c) => c.id)).toEqual(['c1']);
    expect(plans[2].cast.map((c) => [c.id, c.kind])).toEqual([['c2', 'dog']]);
  });

  it('opens a story where it is first placed, and a place the catalogue lacks sets no setting', () => {
    const { plans } = story([
      ['They argued.', reading('They argued.', null, null)],
      ['At the park, a cat.', reading('At the park, a cat.', 'park', null, [['cat', 'thing', 'cat']])],
      ['Later, at the library.', reading('Later, at the library.', null, null, [['library', 'unknown', null]], true)],
      ['The cat sleeps.', reading('The cat sleeps.', null, null, [['cat', 'thing', 'cat']])],
    ]);
    expect(plans.map((p) => p.setting)).toEqual(['park', 'park', null, null]);
    expect(plans[0].carried.setting).toBe(true);
    expect(plans[2].unknown).toEqual(['library']);
    expect(plans[3].cast.map((c) => c.id)).toEqual(plans[1].cast.map((c) => c.id));
  });

  it('attaches relations in English and Korean word order', () => {
    const en = story([['A cat next to the sofa.', reading('A cat next to the sofa.', 'living_room', null,
      [['cat', 'thing', 'cat'], ['next to', 'relation', 'next_to'], ['sofa', 'thing', 'sofa']])]]);
    expect(en.plans[0].relations).toEqual([{ a: 'c1', rel: 'next_to', b: 'sofa', confidence: 0.9 }]);
    const ko = story([['고양이가 소파 옆에 있다.', reading('고양이가 소파 옆에 있다.', 'living_room', null,
      [['고양이', 'thing', 'cat'], ['소파', 'thing', 'sofa'], ['옆에', 'relation', 'next_to']])]]);
    expect(ko.plans[0].relations).toEqual([{ a: 'c1', rel: 'next_to', b: 'sofa', confidence: 0.9 }]);
  });

  it('never gives an action to a kind that cannot take one', () => {
    const { plans } = story([['Grandpa dances.', reading('Grandpa dances.', 'living_room', null,
      [['Grandpa', 'thing', 'old_man'], ['dances', 'action', 'dancing']])]]);
    expect(plans[0].cast[0].action).toBeUndefined();
  });

  it('plans an empty treatment as nothing', () => {
    expect(readStory([], [], KINDS)).toEqual({ plans: [], cast: [] });
  });
});

describe('stripParticle', () => {
  it('takes Korean particles off names, keeps names whole', () => {
    expect(stripParticle('서연이가', true)).toBe('서연');
    expect(stripParticle('민지가', true)).toBe('민지');
    expect(stripParticle('지훈이는', true)).toBe('지훈');
    expect(stripParticle('하이', true)).toBe('하이');
    expect(stripParticle('Leo’s', false)).toBe('Leo');
    expect(stripParticle('Mina', false)).toBe('Mina');
  });
});

describe('readStory: the carry rule', () => {
  it('a later line that only hints at another place (no place named, reading unsure) keeps the story where it is', () => {
    const hint = { ...reading('A seagull lands nearby.', 'beach', null), namesPlace: false, settingConfidence: 0.6 };
    const sure = { ...reading('Waves everywhere.', 'beach', null), namesPlace: false, settingConfidence: 0.97 };
    const { plans } = readStory(['In the park.', 'A seagull lands nearby.', 'Waves everywhere.'],
      [reading('In the park.', 'park', null), hint, sure], KINDS);
    expect(plans.map((p) => [p.setting, p.carried.setting])).toEqual([['park', false], ['park', true], ['beach', false]]);
  });
});

describe('readStory: one kind per character', () => {
  it('a pronoun in a later line refines the kind on every line, earlier ones included', () => {
    const { plans, cast } = readStory(['Mina walks.', 'She sits.'], [
      reading('Mina walks.', 'park', null, [['Mina', 'name', 'person']]),
      reading('She sits.', null, null, [['She', 'pronoun', 'f']]),
    ], KINDS);
    expect(cast).toEqual([{ id: 'c1', kind: 'woman', name: 'Mina' }]);
    expect(plans.map((p) => p.cast.map((c) => c.kind))).toEqual([['woman'], ['woman']]);
  });
});

describe('readStory: groups keep their count', () => {
  const counts = (p: { cast: { id: string; kind: string; count?: number | null }[] }) => p.cast.map((c) => [c.id, c.kind, c.count ?? 1]);

  it('"the boys", "both boys" and "they" are the two boys of the first line, with their count', () => {
    const { plans } = story([
      ['Two boys kick a ball.', reading('Two boys kick a ball.', 'park', null, [['Two boys', 'thing', 'boy', 2]])],
      ['The boys chase it.', reading('The boys chase it.', null, null, [['The boys', 'thing', 'boy', null]])],
      ['Both boys laugh.', reading('Both boys laugh.', null, null, [['Both boys', 'thing', 'boy', 2]])],
      ['They walk home.', reading('They walk home.', null, null, [['They', 'pronoun', 'pl']])],
    ]);
    expect(plans.map(counts)).toEqual([[['c1', 'boy', 2]], [['c1', 'boy', 2]], [['c1', 'boy', 2]], [['c1', 'boy', 2]]]);
  });

  it('another number of the same kind is another group; one of them is the group\'s id with count 1', () => {
    const { plans } = story([
      ['Two dogs bark.', reading('Two dogs bark.', 'park', null, [['Two dogs', 'thing', 'dog', 2]])],
      ['Three dogs run.', reading('Three dogs run.', null, null, [['Three dogs', 'thing', 'dog', 3]])],
      ['One dog sits.', reading('One dog sits.', null, null, [['One dog', 'thing', 'dog', 1]])],
    ]);
    expect(plans.map(counts)).toEqual([[['c1', 'dog', 2]], [['c2', 'dog', 3]], [['c2', 'dog', 1]]]);
  });

  it('"they" after a line with one person is the story\'s recent group (animals too)', () => {
    const { plans } = story([
      ['Three cats nap.', reading('Three cats nap.', 'living_room', null, [['Three cats', 'thing', 'cat', 3]])],
      ['A boy feeds them.', reading('A boy feeds them.', null, null, [['A boy', 'thing', 'boy', 1]])],
      ['They purr at him.', reading('They purr at him.', null, null, [['They', 'pronoun', 'pl']])],
    ]);
    expect(counts(plans[2])).toEqual([['c1', 'cat', 3]]);
  });
});
