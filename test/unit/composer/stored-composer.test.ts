import { describe, expect, it } from 'vitest';
import type { PanelLayout } from '../../../src/features/composer/shared/composer-contract';
import { pruneLayouts, readCastLook, readPanelLayout, readStoredComposer } from '../../../src/features/composer/shared/stored-composer';

const look = { variant: 2, tone: 3, accent: '#AA3344', size: 1.1 };
const layout: PanelLayout = {
  scene: {
    id: 'p1', setting: 'park', time: 'sunset', style: 'pastel',
    objects: [
      { kind: 'dog', count: 2, action: null, x: 0.6, y: 0.7, scale: 0.15, depth: 0.4, on: null, zone: 'ground', hexcode: '1F415', tone: 0, flip: true },
      { kind: 'man', count: 1, action: 'walking', x: 0.3, y: 0.9, scale: 0.45, depth: 0.8, on: null, zone: 'ground', hexcode: '1F6B6-200D-2642-FE0F', tone: 2, flip: false, castId: 'c1', accent: '#aa3344' },
    ],
    relations: [{ a: 1, rel: 'plays_with', b: 0 }, { a: 0, rel: 'left_of', b: 7 }],
  },
  width: 800, height: 600, looks: { c1: { ...look, accent: '#aa3344' } },
};

describe('stored composer data', () => {
  it('reads a good layout back as it was (a relation naming a missing item dropped)', () => {
    const read = readPanelLayout(JSON.parse(JSON.stringify(layout)))!;
    expect(read.scene.objects).toEqual(layout.scene.objects);
    expect(read.scene.relations).toEqual([{ a: 1, rel: 'plays_with', b: 0 }]);
    expect({ ...read.looks }).toEqual(layout.looks);
    expect([read.width, read.height, read.scene.time, read.scene.setting]).toEqual([800, 600, 'sunset', 'park']);
  });

  it('refuses damaged looks and layouts', () => {
    expect(readCastLook(look)).toEqual({ ...look, accent: '#aa3344' });
    expect(readCastLook({ ...look, accent: 'red; background:url(x)' })).toBeUndefined();
    expect(readCastLook({ ...look, tone: 9 })).toBeUndefined();
    expect(readPanelLayout({ ...layout, width: Infinity })).toBeUndefined();
    expect(readPanelLayout({ ...layout, scene: { ...layout.scene, setting: 'moon' } })).toBeUndefined();
    const badItem = { ...layout.scene.objects[0], kind: 'unicorn' };
    expect(readPanelLayout({ ...layout, scene: { ...layout.scene, objects: [badItem] } })).toBeUndefined();
    expect(readPanelLayout({ ...layout, scene: { ...layout.scene, objects: new Array(40).fill(layout.scene.objects[0]) } })).toBeUndefined();
  });

  it('keeps the good parts of a damaged draft and prunes deleted lines', () => {
    const stored = { looks: { c1: look, c2: { variant: 'x' } }, layouts: { 'A man walks a dog.': layout, 'Broken.': { scene: 3 }, __proto__: layout } };
    const draft = readStoredComposer(JSON.parse(JSON.stringify(stored)));
    expect(Object.keys(draft.looks)).toEqual(['c1']);
    expect(Object.keys(draft.layouts)).toEqual(['A man walks a dog.']);
    expect(readStoredComposer('junk')).toEqual({ looks: {}, layouts: {} });
    expect(Object.keys(pruneLayouts(draft, ['Another line.']).layouts)).toEqual([]);
    expect(pruneLayouts(draft, [' A man walks a dog. '])).toBe(draft);
  });
});

describe('the composer’s styles', () => {
  it('are exactly the strip’s', async () => {
    const { STYLES } = await import('../../../src/features/composer/shared/scene-graph');
    const { ART_STYLES } = await import('../../../src/features/strip/shared/strip-contract');
    expect(STYLES).toEqual(ART_STYLES);
  });
});
