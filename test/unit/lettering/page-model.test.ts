// The page from the treatment's script: a panel per scene line with the gutters the treatment asks for and balloons
// from its dialogue; what the author changed is kept for the panels still there; pure page updates.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHAPE, emptyPage, pageFromScript, pageLayout, setBackground, setGutter, setPanelShape,
} from '../../../src/features/lettering/shared/page-model';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';
import { GUTTERS, type EpisodePage } from '../../../src/features/lettering/shared/lettering-contract';
import { panelHeight } from '../../../src/features/lettering/shared/page-layout';
import type { MeasureText } from '../../../src/features/lettering/shared/lettering-canvas';

/** A fixed-width fake: every character half an em of the font's size. */
const measure: MeasureText = (text, font) => text.length * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16) * 0.5;

const TEXT = [
  'Mina runs down a rainy alley.',
  '  Mina: "Wait for me!"',
  '  *splash*',
  'Jun turns at the corner.',
  '',
  'The next morning, a quiet café.',
  '  [Three days later.]',
  '  Mina: (Will he come?)',
].join('\n');

const page = (text: string, previous?: EpisodePage) => pageFromScript(parseTreatmentScript(text), previous, measure);

describe('pageFromScript', () => {
  it('makes a panel per scene line, gutters from the treatment, balloons from its dialogue inside the panel', () => {
    const p = page(TEXT);
    expect(p.width).toBe(800);
    expect(p.panels.map((x) => [x.scene, x.shape, x.gutterBefore])).toEqual([
      ['Mina runs down a rainy alley.', DEFAULT_SHAPE, GUTTERS.normal],
      ['Jun turns at the corner.', DEFAULT_SHAPE, GUTTERS.normal],
      ['The next morning, a quiet café.', DEFAULT_SHAPE, GUTTERS.long],
    ]);
    expect(p.panels.map((x) => x.balloons.map((b) => [b.kind, b.speaker, b.text]))).toEqual([
      [['speech', 'Mina', 'Wait for me!'], ['sfx', undefined, 'splash']],
      [],
      [['narration', undefined, 'Three days later.'], ['thought', 'Mina', 'Will he come?']],
    ]);
    for (const panel of p.panels) {
      const h = panelHeight(p, panel.shape);
      for (const b of panel.balloons) {
        expect(b.box.x).toBeGreaterThanOrEqual(0);
        expect(b.box.y).toBeGreaterThanOrEqual(0);
        expect(b.box.x + b.box.w).toBeLessThanOrEqual(800);
        expect(b.box.y + b.box.h).toBeLessThanOrEqual(h);
      }
    }
    expect(pageLayout(p).panels).toHaveLength(3);
  });

  it('keeps the author\'s shapes, gutters and moved balloons for panels whose scene is still there', () => {
    const first = page(TEXT);
    let edited = setPanelShape(first, 0, 'wide');
    edited = setGutter(edited, 1, 333);
    const moved = { ...edited.panels[0].balloons[0], box: { ...edited.panels[0].balloons[0].box, x: 500, y: 200 }, placed: 'author' as const };
    edited = { ...edited, panels: edited.panels.map((p, i) => (i === 0 ? { ...p, balloons: [moved, ...p.balloons.slice(1)] } : p)) };
    edited = setBackground(edited, '#223344');
    // The author inserts a panel at the top and drops the blank line before the café.
    const next = page(`A bus passes.\n${TEXT.replace('\n\n', '\n')}`, edited);
    expect(next.background).toBe('#223344');
    expect(next.panels.map((p) => [p.scene, p.shape, p.gutterBefore])).toEqual([
      ['A bus passes.', DEFAULT_SHAPE, GUTTERS.normal],
      ['Mina runs down a rainy alley.', 'wide', GUTTERS.normal],
      ['Jun turns at the corner.', DEFAULT_SHAPE, 333],
      // A default gutter follows the treatment: no blank line any more, so no time skip.
      ['The next morning, a quiet café.', DEFAULT_SHAPE, GUTTERS.normal],
    ]);
    expect(next.panels[1].balloons[0]).toMatchObject({ placed: 'author', box: { x: 500, y: 200 } });
  });

  it('matches repeated scene lines in order', () => {
    const text = 'Rain.\n  [One]\nRain.\n  [Two]';
    const first = setPanelShape(page(text), 1, 'tall');
    const next = page(text, first);
    expect(next.panels.map((p) => p.shape)).toEqual([DEFAULT_SHAPE, 'tall']);
  });

  it('gives an empty script an empty page', () => {
    expect(page('')).toEqual({ ...emptyPage(), panels: [] });
  });
});

describe('page updates', () => {
  const p = page(TEXT);

  it('change one panel and leave the input alone', () => {
    const before = JSON.stringify(p);
    const tall = setPanelShape(p, 2, 'tall');
    expect(tall.panels[2].shape).toBe('tall');
    expect(tall.panels[0]).toBe(p.panels[0]);
    expect(setGutter(p, 1, 0).panels[1].gutterBefore).toBe(0);
    expect(setBackground(p, '#ABC').background).toBe('#abc');
    expect(JSON.stringify(p)).toBe(before);
  });

  it('move balloons up into a shorter panel', () => {
    const low = { ...p, panels: p.panels.map((x, i) => (i === 0 ? { ...x, balloons: [{ ...x.balloons[0], box: { x: 10, y: 700, w: 200, h: 90 }, tails: [{ x: 50, y: 790 }] }] } : x)) };
    const wide = setPanelShape(low, 0, 'wide');
    const h = panelHeight(wide, 'wide');
    expect(wide.panels[0].balloons[0].box).toEqual({ x: 10, y: h - 90, w: 200, h: 90 });
    expect(wide.panels[0].balloons[0].tails[0].y).toBe(h);
  });

  it('refuse bad values with clear messages', () => {
    expect(() => setGutter(p, 0, -1)).toThrow(/whole number of pixels from 0 to 4,000; got -1/);
    expect(() => setGutter(p, 0, 1.5)).toThrow(RangeError);
    expect(() => setGutter(p, 3, 10)).toThrow(/no panel 4: the page has 3/);
    expect(() => setBackground(p, 'red; background: url(x)')).toThrow(/colour written like #ffffff/);
    expect(() => setPanelShape(p, 0, 'round' as never)).toThrow(/one of wide, landscape, square, tall; got "round"/);
  });
});
