// The planner reads each distinct line once: a re-plan of an unchanged treatment runs no model, an edit reads only
// the edited line, and a plan from the cache equals the plan read afresh.
import { describe, expect, it } from 'vitest';
import { ReadingCache } from '../../../src/features/plans/shared/reading-cache';
import type { LineReading } from '../../../src/features/plans/shared/line-reading';
import { nodePlanner } from '../../../tools/cli/node-planner';

const reading = (setting: string): LineReading => ({ setting, settingConfidence: 1, unknownPlace: false, namesPlace: true,
  time: null, timeConfidence: 1, spans: [], hangul: false });

describe('ReadingCache', () => {
  it('drops the least recently used line past its capacity', () => {
    const c = new ReadingCache(2);
    c.set('a', reading('beach'));
    c.set('b', reading('park'));
    expect(c.get('a')?.setting).toBe('beach'); // a is now the newest
    c.set('c', reading('zoo'));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.setting).toBe('beach');
    expect(c.get('c')?.setting).toBe('zoo');
    expect(c.size).toBe(2);
  });

  it('keeps nothing at capacity 0', () => {
    const c = new ReadingCache(0);
    c.set('a', reading('beach'));
    expect(c.get('a')).toBeUndefined();
  });
});

describe('TreatmentPlanner reads each line once', () => {
  const lines = ['Mina walks her dog along the beach at sunset.', 'She throws a ball.', '해가 지자 민지는 집으로 돌아왔다.', 'She throws a ball.'];

  it('re-plans an unchanged treatment without the model and an edited one with the edited line only', async () => {
    const planner = await nodePlanner('public/models/toon-mini', 1);
    const first = await planner.planTreatment(lines);
    expect(planner.linesRead).toBe(3); // the repeated line is read once
    const again = await planner.planTreatment(lines);
    expect(planner.linesRead).toBe(3);
    expect(again).toEqual(first);
    const edited = [...lines.slice(0, 3), 'Two cats sleep on the sofa.'];
    await planner.planTreatment(edited);
    expect(planner.linesRead).toBe(4);
    const fresh = await nodePlanner('public/models/toon-mini', 1);
    expect(await planner.planTreatment(edited)).toEqual(await fresh.planTreatment(edited));
  });
});
