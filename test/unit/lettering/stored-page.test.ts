import { describe, expect, it } from 'vitest';
import { MAX_STORED_BALLOONS, isBackgroundColour, readStoredPage } from '../../../src/features/lettering/shared/stored-page';
import { emptyPage } from '../../../src/features/lettering/shared/page-model';

const balloon = {
  id: 'A cat.#0',
  kind: 'thought',
  speaker: 'Mina',
  text: '<img src=x onerror=alert(1)>',
  box: { x: 1, y: 2, w: 300, h: 120 },
  tails: [{ x: 5, y: 6 }],
  placed: 'author',
  fontSize: 30,
};
const page = { width: 800, background: '#223344', panels: [{ scene: 'A cat.', shape: 'tall', gutterBefore: 480, balloons: [balloon] }] };

describe('the stored page, read back', () => {
  it('keeps a sound page exactly (markup stays text)', () => {
    expect(readStoredPage(structuredClone(page))).toEqual(page);
  });

  it('gives an empty page for anything that is not a page', () => {
    for (const bad of [undefined, null, 3, 'page', [], { panels: 'x' }]) expect(readStoredPage(bad)).toEqual(emptyPage());
  });

  it('drops the damaged parts only', () => {
    const damaged = {
      width: 12,
      background: 'url(javascript:alert(1))',
      panels: [
        { scene: 'A cat.', shape: 'hexagon', gutterBefore: -5, balloons: [balloon, { ...balloon, id: 'b', kind: 'scream' }, { ...balloon, id: 'c', box: { x: 0, y: 0, w: 0, h: 1 } }, balloon] },
        { scene: 7 },
        'junk',
        { scene: 'B.', shape: 'wide', gutterBefore: 1e9, balloons: [{ ...balloon, id: 'd', placed: 'robot', fontSize: Infinity, tails: [{ x: 'a' }, { x: 1, y: 2 }] }] },
      ],
    };
    const read = readStoredPage(damaged);
    expect(read.width).toBe(800);
    expect(read.background).toBe('#ffffff');
    expect(read.panels.map((p) => [p.scene, p.shape, p.gutterBefore, p.balloons.map((b) => b.id)])).toEqual([
      ['A cat.', 'square', 120, ['A cat.#0']],
      ['B.', 'wide', 4000, ['d']],
    ]);
    const d = read.panels[1].balloons[0];
    expect(d.placed).toBe('auto');
    expect(d.fontSize).toBeUndefined();
    expect(d.tails).toEqual([{ x: 1, y: 2 }]);
  });

  it('caps what a corrupted record may hold', () => {
    const many = { ...page, panels: [{ ...page.panels[0], balloons: Array.from({ length: 500 }, (_, i) => ({ ...balloon, id: `b${i}` })) }] };
    expect(readStoredPage(many).panels[0].balloons).toHaveLength(MAX_STORED_BALLOONS);
  });

  it('accepts only hex colours for the background', () => {
    expect(['#fff', '#A0b1C2'].every(isBackgroundColour)).toBe(true);
    expect(['red', '#ffff', 'expression(alert(1))', 5].some(isBackgroundColour)).toBe(false);
  });
});
