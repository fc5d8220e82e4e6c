import { describe, expect, it } from 'vitest';
import { previewScene, withLook } from '../../../src/features/composer/client/composer-controller';
import { requestLayout } from '../../../src/features/composer/client/composer-client';
import type { PanelLayout } from '../../../src/features/composer/shared/composer-contract';
import type { ScenePlan } from '../../../src/features/plans/shared/plan-contract';

const look = { variant: 1, tone: 3, accent: '#2f6fd6', size: 1 };
const plan: ScenePlan = {
  id: '1', text: 'Minji walks in the park.', setting: 'park', time: 'day', cast: [{ id: 'c1', kind: 'woman', name: 'Minji', confidence: 1 }],
  objects: [{ kind: 'kite', count: 1, confidence: 1 }], relations: [], unknown: [],
  confidence: { setting: 1, time: 1, cast: 1, objects: 1 }, carried: { setting: false, time: false, cast: [] },
};

describe('composed looks in the studio', () => {
  it('composes the plan at the frame with the looks, or the author’s layout as it is', () => {
    const layout = requestLayout({ text: plan.text, plan, frame: { width: 800, height: 450 }, looks: { c1: look }, style: 'ink', seed: 4 });
    expect([layout.width, layout.height, layout.scene.setting]).toEqual([800, 450, 'park']);
    const minji = layout.scene.objects.find((o) => o.castId === 'c1')!;
    expect(minji.accent).toBe('#2f6fd6');
    expect(Object.keys(layout)).toEqual(['scene', 'width', 'height', 'looks']);
    expect(requestLayout({ text: 'x', layout, frame: { width: 1, height: 1 }, looks: {}, style: 'ink', seed: 1 })).toBe(layout);
    expect(() => requestLayout({ text: 'x', frame: { width: 1, height: 1 }, looks: {}, style: 'ink', seed: 1 })).toThrow(/nothing to compose/);
  });

  it('dresses a member of an edited layout in a new look (colour and size), leaving the others', () => {
    const layout = requestLayout({ text: plan.text, plan, frame: { width: 800, height: 450 }, looks: { c1: look }, style: 'ink', seed: 4 }) as PanelLayout;
    const next = withLook(layout, 'c1', { ...look, accent: '#d64545', size: 1.1 });
    const before = layout.scene.objects.find((o) => o.castId === 'c1')!;
    const after = next.scene.objects.find((o) => o.castId === 'c1')!;
    expect(after.accent).toBe('#d64545');
    expect(after.scale).toBeCloseTo(before.scale * 1.1, 2);
    expect(next.looks.c1.accent).toBe('#d64545');
    expect(next.scene.objects.filter((o) => !o.castId)).toEqual(layout.scene.objects.filter((o) => !o.castId));
    expect(withLook(layout, 'c9', look)).toBe(layout);
  });

  it('shows a member alone in a small scene, toned and dressed', () => {
    const scene = previewScene({ id: 'c1', kind: 'woman' }, look, 'pastel')!;
    expect(scene.objects).toHaveLength(1);
    expect(scene.objects[0]).toMatchObject({ kind: 'woman', accent: '#2f6fd6', castId: 'c1', tone: 3 });
    expect(scene.objects[0].hexcode).toContain('1F3FD');
    expect(previewScene({ id: 'c2', kind: 'unicorn' }, look, 'ink')).toBeNull();
  });
});
