// The studio's plan reading: debounced after typing, the newest lines win, a failure is reported and asked again later.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanController } from '../../../src/app/plan-controller';
import type { PlanSource, TreatmentPlan } from '../../../src/features/plans/shared/plan-contract';
import { treatmentPlan } from '../../fixtures/plans/treatment-plan';

const catalogJson = () => JSON.parse(readFileSync('public/models/toon-mini/scene_planner/catalog.json', 'utf8'));
const host = () => ({ addController: vi.fn(), requestUpdate: vi.fn(), removeController: vi.fn(), updateComplete: Promise.resolve(true) });

function source(answer: (lines: readonly string[], signal?: AbortSignal) => Promise<TreatmentPlan>) {
  const calls: string[][] = [];
  const s: PlanSource = {
    planTreatment: (lines, signal) => {
      calls.push([...lines]);
      return answer(lines, signal);
    },
  };
  return { s, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PlanController', () => {
  it('does nothing without a source', async () => {
    const ctl = new PlanController(host(), { report: vi.fn(), fetchCatalog: async () => catalogJson() });
    ctl.request(['a']);
    await vi.runAllTimersAsync();
    expect(ctl.plan).toBeNull();
    expect(ctl.status).toBe('idle');
  });

  it('reads the lines once typing stops, once per change, and loads the catalog', async () => {
    const report = vi.fn();
    const ctl = new PlanController(host(), { report, delayMs: 100, fetchCatalog: async () => catalogJson() });
    const { s, calls } = source(async () => treatmentPlan());
    ctl.setSource(s);
    ctl.request(['a']);
    ctl.request(['a', 'b']);
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([['a', 'b']]);
    expect(ctl.status).toBe('ready');
    expect(ctl.plan?.plans).toHaveLength(3);
    expect(ctl.catalog?.settings.length).toBeGreaterThan(0);
    ctl.request(['a', 'b']);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
    expect(report).not.toHaveBeenCalled();
  });

  it('drops an answer overtaken by newer lines', async () => {
    const ctl = new PlanController(host(), { report: vi.fn(), delayMs: 10, fetchCatalog: async () => catalogJson() });
    const signals: AbortSignal[] = [];
    const { s } = source(
      (lines, signal) =>
        new Promise((resolve) => {
          signals.push(signal!);
          setTimeout(() => resolve({ plans: [], cast: [{ id: lines.join('|'), kind: 'boy' }] }), 1000);
        }),
    );
    ctl.setSource(s);
    ctl.request(['old']);
    await vi.advanceTimersByTimeAsync(20);
    ctl.request(['new']);
    await vi.runAllTimersAsync();
    expect(signals[0].aborted).toBe(true);
    expect(ctl.plan?.cast[0].id).toBe('new');
  });

  it('reports a failure, keeps the last plan, and asks again on the next change', async () => {
    const report = vi.fn();
    const ctl = new PlanController(host(), { report, delayMs: 10, fetchCatalog: async () => catalogJson() });
    let fail = false;
    const { s, calls } = source(async () => {
      if (fail) throw new Error('planner broke');
      return treatmentPlan();
    });
    ctl.setSource(s);
    ctl.request(['a']);
    await vi.runAllTimersAsync();
    fail = true;
    ctl.request(['b']);
    await vi.runAllTimersAsync();
    expect(ctl.status).toBe('failed');
    expect(ctl.error).toBe('planner broke');
    expect(ctl.plan?.plans).toHaveLength(3);
    expect(report).toHaveBeenCalledWith('plan', expect.any(Error));
    fail = false;
    ctl.request(['b']);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(3);
    expect(ctl.status).toBe('ready');
  });

  it('reports a catalog that does not parse and still plans', async () => {
    const report = vi.fn();
    const ctl = new PlanController(host(), { report, delayMs: 10, fetchCatalog: async () => ({ version: 1, settings: 'x' }) });
    ctl.setSource(source(async () => treatmentPlan()).s);
    ctl.request(['a']);
    await vi.runAllTimersAsync();
    expect(report).toHaveBeenCalledWith('catalog', expect.objectContaining({ message: expect.stringMatching(/settings must be an array/) }));
    expect(ctl.catalog).toBeNull();
    expect(ctl.status).toBe('ready');
  });
});
