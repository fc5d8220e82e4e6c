// The plan scorer of npm run plan:eval: which items each slot counts, person as any human actor, counts over
// cast ∪ objects, stories' places kept and cast carried by the id given at first mention.
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import { kindMatches, scorePlan, scoreStory, slotTallies, storyTallies, summary, type Expected } from '../../../tools/plans/score';

function plan(p: Partial<ScenePlan>): ScenePlan {
  return { id: '1', text: '', setting: null, time: null, cast: [], objects: [], relations: [], unknown: [],
    confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] }, ...p };
}
const exp = (e: Partial<Expected>): Expected => ({ setting: null, time: null, cast: [], objects: [], unknown: [], ...e });

describe('plan scorer', () => {
  it('person matches any human actor kind, nothing else matches loosely', () => {
    expect(kindMatches('person', 'woman')).toBe(true);
    expect(kindMatches('person', 'old_man')).toBe(false);
    expect(kindMatches('woman', 'person')).toBe(false);
  });

  it('scores setting always, time only when expected, kinds and counts over cast ∪ objects, actions, unknown words', () => {
    const t = slotTallies();
    scorePlan(plan({
      setting: 'beach', time: 'day',
      cast: [{ id: 'c1', kind: 'woman', action: 'surfing', confidence: 1 }, { id: 'c2', kind: 'dog', count: 2, confidence: 1 }],
      objects: [{ kind: 'kite', count: 1, confidence: 1 }], unknown: ['guitar'],
    }), exp({
      setting: 'beach', time: 'sunset',
      cast: [{ kind: 'person', action: 'surfing' }, { kind: 'dog', count: 2 }],
      // the boundary is soft: a kite expected in cast would still be found
      objects: [{ kind: 'kite', count: 2 }, { kind: 'ball', count: null }], unknown: ['Guitar', 'lion'],
    }), 's1', t);
    // counts: the dog's 2 (right) and the kite's 2 (wrong); a cast member without a written count and a null count are not scored
    expect(summary(t)).toEqual({ setting: 1, time: 0, kinds: 0.75, counts: 0.5, actions: 1, unknown: 0.5 });
    expect(t.counts.misses).toEqual(['s1:count:kite']);
  });

  it('a story: places kept on later lines, cast carried by the id first given', () => {
    const t = storyTallies();
    const plans = [
      plan({ setting: 'park', cast: [{ id: 'c1', kind: 'woman', name: 'Mina', confidence: 1 }] }),
      plan({ setting: 'park', cast: [{ id: 'c1', kind: 'woman', confidence: 1 }] }),
      plan({ setting: 'beach', cast: [{ id: 'c2', kind: 'woman', confidence: 1 }] }),
    ];
    scoreStory(plans, [
      exp({ setting: 'park', cast: [{ ref: 'c1', kind: 'woman', name: 'Mina' }] }),
      exp({ setting: 'park', cast: [{ ref: 'c1', kind: 'woman' }] }),
      exp({ setting: 'park', cast: [{ ref: 'c1', kind: 'woman' }] }),
    ], 't1', t);
    expect(summary(t).placesKept).toBe(0.5);
    expect(summary(t).castCarried).toBe(0.5);
    expect(t.castCarried.misses).toEqual(['t1#3:cast:c1']);
  });
});
