import { describe, expect, it } from 'vitest';
import type { PanelLayout } from '../../../src/features/composer/shared/composer-contract';
import { HISTORY_LIMIT, canRedo, canUndo, pushLayout, redo, startHistory, undo } from '../../../src/features/composer/shared/layout-history';

const layout = (n: number): PanelLayout => ({
  scene: { id: `s${n}`, setting: 'park', time: 'day', style: 'ink', objects: [], relations: [] }, width: 800, height: 450, looks: {},
});

describe('layout history', () => {
  it('undoes and redoes in order, and a new edit drops the redo branch', () => {
    const a = layout(1), b = layout(2), c = layout(3), d = layout(4);
    let h = pushLayout(pushLayout(startHistory(a), b), c);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe(b);
    h = undo(h);
    expect(h.present).toBe(a);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(b);
    h = pushLayout(h, d);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(b);
  });

  it('ignores an edit that changed nothing and forgets beyond its limit', () => {
    const a = layout(0);
    const h0 = startHistory(a);
    expect(pushLayout(h0, a)).toBe(h0);
    let h = h0;
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = pushLayout(h, layout(i));
    expect(h.past.length).toBe(HISTORY_LIMIT);
  });
});
