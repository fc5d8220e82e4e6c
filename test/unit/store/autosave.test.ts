import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosaver } from '../../../src/store/autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DraftAutosaver', () => {
  it('saves only the latest text once the typing pauses', async () => {
    const saved: string[] = [];
    const saver = new DraftAutosaver({ save: async (t) => void saved.push(t), delayMs: 300 });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(saver.unsaved).toBeUndefined();
  });

  it('keeps the text pending after a failed save and reports the error', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = new DraftAutosaver({
      save: async (t) => {
        if (fail) throw new Error('quota');
        saved.push(t);
      },
      onError: (e) => errors.push(e),
    });
    saver.schedule('precious');
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saver.unsaved).toBe('precious');
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['precious']);
    expect(saver.unsaved).toBeUndefined();
  });

  it('does not let an older save overwrite a newer one', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const saver = new DraftAutosaver({
      save: (t) =>
        new Promise<void>((resolve) => {
          order.push(`start ${t}`);
          release = () => {
            order.push(`end ${t}`);
            resolve();
          };
        }),
    });
    saver.schedule('old');
    const first = saver.flush();
    await Promise.resolve();
    saver.schedule('new');
    const second = saver.flush();
    release();
    await first;
    await vi.waitFor(() => expect(order).toContain('start new'));
    release();
    await second;
    expect(order).toEqual(['start old', 'end old', 'start new', 'end new']);
  });
});
