// The strip's run with scene plans: each line's plan reaches retrieval, each panel records it with its
// reference's metadata, a line without one retrieves exactly as before, and the panel's plan line reads it.
import { afterEach, describe, expect, it } from 'vitest';
import { panelLines, runPanel } from '../../../src/features/strip/shared/panel-flow';
import { redrawPlan, type PanelView } from '../../../src/features/strip/shared/panel-view';
import type { PanelEngine, SceneHit, StripOptions } from '../../../src/features/strip/shared/strip-contract';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';
import { kindLabels, missingLine, planLine, planName, type PlanNames } from '../../../src/features/plans/shared/plan-label';
import { readAppDefaults } from '../../../tools/lib/app-defaults-file';
import { setLocale } from '../../../src/core/i18n';

const defaults = readAppDefaults();

function plan(p: Partial<ScenePlan>): ScenePlan {
  return {
    id: '1', text: '', setting: null, time: null, cast: [], objects: [], relations: [], unknown: [],
    confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] }, ...p,
  };
}

const beach = plan({
  setting: 'beach', time: 'sunset',
  cast: [{ id: 'c1', kind: 'man', confidence: 1 }, { id: 'c2', kind: 'dog', confidence: 1 }],
  objects: [{ kind: 'kite', count: 2, confidence: 1 }],
});

/** A fake engine that records how search was called and answers the hits it is given. */
function engine(hits: SceneHit[]) {
  const calls: unknown[][] = [];
  const e: PanelEngine = {
    encodeText: async () => ({ batch: 2, lastHidden: new Float32Array(2 * 48 * 4), hiddenDim: 4, pooler: new Float32Array(8),
      embeds: new Float32Array(2 * 512).fill(0.1), embedDim: 512 }),
    search: async (...args: unknown[]) => { calls.push(args); return hits; },
    reference: async () => ({ image: { width: 2, height: 2, data: new Uint8ClampedArray(16) }, depth: { width: 2, height: 2, data: new Uint8ClampedArray(4) } }),
    denoise: async () => [],
    gan: async () => new Float32Array(0),
  };
  return { e, calls };
}

const hit = (id: string, extra: Partial<SceneHit> = {}): SceneHit => ({
  id, score: 0.5, setting: 'beach', style: 'ink', objects: ['man'], source: 'gallery', ...extra,
});

describe('panelLines', () => {
  it('keeps each plan with its line: blank lines make no panel and shift nothing', () => {
    const other = plan({ setting: 'park' });
    expect(panelLines([' A man. ', '', 'A dog.', '  ', 'A kite.'], [beach, null, null, undefined, other])).toEqual([
      { text: 'A man.', plan: beach, line: 0 }, { text: 'A dog.', line: 2 }, { text: 'A kite.', plan: other, line: 4 },
    ]);
    expect(panelLines(['a', 'b'])).toEqual([{ text: 'a', line: 0 }, { text: 'b', line: 1 }]);
    expect(panelLines(['a', 'b'], [beach])).toEqual([{ text: 'a', plan: beach, line: 0 }, { text: 'b', line: 1 }]);
  });
});

describe('redrawPlan', () => {
  const drawn = (text: string, p?: ScenePlan): PanelView => ({
    index: 0, text, status: 'done', chosen: 0,
    result: { index: 0, text, lang: 'en', variants: [], reference: null, alternatives: [], seed: 1, ...(p && { plan: p }) },
  });
  it('keeps the plan a panel was drawn with while its sentence is unchanged; a given plan or null wins', () => {
    const other = plan({ setting: 'park' });
    expect(redrawPlan(drawn('A man.', beach), ' A man. ')).toBe(beach);
    expect(redrawPlan(drawn('A man.', beach), 'A woman.')).toBeUndefined();
    expect(redrawPlan(drawn('A man.', beach), 'A man.', other)).toBe(other);
    expect(redrawPlan(drawn('A man.', beach), 'A man.', null)).toBeUndefined();
    expect(redrawPlan(drawn('A man.'), 'A man.')).toBeUndefined();
    expect(redrawPlan(undefined, 'A man.')).toBeUndefined();
  });
});

describe('runPanel with a plan', () => {
  const opts: StripOptions = { mode: 'retrieval', style: 'ink', seed: 3 };

  it('hands the plan to search and records it, with the reference\'s time, counts and what it lacks', async () => {
    const { e, calls } = engine([
      hit('s1', { time: 'sunset', objectCounts: [{ kind: 'man', count: 1 }], missing: ['dog', 'kite'] }),
      hit('s2', { time: 'day', objectCounts: [], missing: ['man', 'dog', 'kite'] }),
    ]);
    const r = await runPanel(e, { index: 0, text: 'A man and his dog fly two kites on the beach at sunset.', plan: beach, opts, defaults });
    expect(calls).toHaveLength(1);
    expect(calls[0][3]).toBe(beach);
    expect(r.plan).toBe(beach);
    expect(r.reference).toMatchObject({ id: 's1', time: 'sunset', objects: [{ kind: 'man', count: 1 }], missing: ['dog', 'kite'] });
    expect(r.alternatives[0]).toMatchObject({ id: 's2', missing: ['man', 'dog', 'kite'] });
  });

  it('without a plan, searches exactly as before and records none', async () => {
    const { e, calls } = engine([hit('s1')]);
    const r = await runPanel(e, { index: 0, text: 'A man.', opts: { ...opts, plans: [null] }, defaults });
    expect(calls[0]).toHaveLength(3);
    expect(calls[0][1]).toBe(Math.max(defaults.panel.topK, defaults.panel.variants));
    expect('plan' in r).toBe(false);
    expect(r.reference).not.toHaveProperty('missing');
    expect(r.reference).not.toHaveProperty('time');
  });
});

describe('the panel\'s plan line', () => {
  afterEach(() => setLocale('en'));
  const names: PlanNames = {
    settings: [{ id: 'beach', en: 'beach', ko: '해변' }, { id: 'living_room', en: 'living room', ko: '거실' }],
    times: [{ id: 'sunset', en: 'sunset', ko: '해 질 녘' }],
    kinds: [{ id: 'man', en: 'man', ko: '남자' }, { id: 'dog', en: 'dog', ko: '개' }, { id: 'kite', en: 'kite', ko: '연' }],
  };

  it('reads place · time · kinds in the UI language, counts where more than one', () => {
    expect(planLine(beach, names)).toBe('beach · sunset · man, dog, kite ×2');
    setLocale('ko');
    expect(planLine(beach, names)).toBe('해변 · 해 질 녘 · 남자, 개, 연 ×2');
    expect(missingLine(['dog', 'kite'], names)).toBe('참고 장면에 없음: 개, 연');
  });

  it('leaves out what the plan does not state, and writes ids in words without names', () => {
    expect(planLine(plan({}))).toBe('');
    expect(planLine(plan({ setting: 'living_room' }))).toBe('living room');
    expect(planLine(plan({ time: 'night', objects: [{ kind: 'traffic_light', count: null, confidence: 1 }] }))).toBe('night · traffic light (several)');
    expect(planName(names, 'kinds', 'unicorn')).toBe('unicorn');
    expect(kindLabels(plan({ cast: [{ id: 'c1', kind: 'man', confidence: 1 }, { id: 'c2', kind: 'man', count: 2, confidence: 1 }] }), names)).toEqual(['man ×3']);
  });

  it('flags the kinds the reference lacks, and nothing when it lacks none', () => {
    expect(missingLine(['kite'], names)).toBe('reference lacks kite');
    expect(missingLine([], names)).toBe('');
    expect(missingLine(undefined, names)).toBe('');
  });
});
