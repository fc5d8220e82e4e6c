// npm run plan:eval's dev count figures: a numbered count needs the kind with exactly that count, a plural with no
// number needs count null (not 1), a missing kind is a miss; stories are read as stories.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import type { TreatmentPlanner } from '../../../src/features/plans/shared/treatment-planner';
import { devCountFigures } from '../../../tools/plans/eval';

const plan = (cast: { kind: string; count?: number | null }[], objects: { kind: string; count: number | null }[]): ScenePlan => ({
  id: '1', text: '', setting: null, time: null, relations: [], unknown: [],
  cast: cast.map((c, i) => ({ id: `c${i + 1}`, confidence: 1, ...c })), objects: objects.map((o) => ({ ...o, confidence: 1 })),
  confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
});

describe('devCountFigures', () => {
  it('scores numbered counts and plurals apart, per language, lines and stories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-counts-'));
    const lines = join(dir, 'counts.jsonl'), stories = join(dir, 'stories.jsonl');
    writeFileSync(lines, [
      { id: 'a', lang: 'en', text: 'Two dogs and a cat.', counts: { dog: 2, cat: 1 } },
      { id: 'b', lang: 'en', text: 'Some ducks.', counts: { duck: null } },
      { id: 'c', lang: 'ko', text: '사과 세 개.', counts: { apple: 3 } },
    ].map((x) => JSON.stringify(x)).join('\n'));
    writeFileSync(stories, JSON.stringify({ id: 's', lang: 'en', lines: ['x', 'y'], counts: [{ boy: 2 }, { boy: 2 }] }));
    const byText: Record<string, ScenePlan> = {
      'Two dogs and a cat.': plan([{ kind: 'dog', count: 2 }], []), // the cat is missing
      'Some ducks.': plan([{ kind: 'duck' }], []), // count 1, not a plural
      '사과 세 개.': plan([], [{ kind: 'apple', count: 3 }]),
    };
    const stub = {
      planEach: async (texts: string[]) => texts.map((t) => byText[t]),
      planTreatment: async () => ({ plans: [plan([{ kind: 'boy', count: 2 }], []), plan([{ kind: 'boy' }], [])], cast: [] }),
    } as unknown as TreatmentPlanner;
    const r = await devCountFigures(stub, lines, stories) as Record<string, Record<string, unknown>>;
    expect(r.en).toMatchObject({ lines: 2, counts: 0.5, plurals: 0, stories: 1, storyCounts: 0.5 });
    expect(r.ko).toMatchObject({ lines: 1, counts: 1, plurals: null, stories: 0, storyCounts: null });
    expect(r.en.misses).toEqual(['a:cat', 'b:duck', 's#2:boy']);
  });
});
