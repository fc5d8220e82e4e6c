import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, parseSeed, readChoices } from '../../../src/features/strip/shared/control-options';
import { progressFraction, progressLabel, scoreLabel } from '../../../src/features/strip/shared/panel-view';
import type { PanelResult } from '../../../src/features/strip/shared/strip-contract';
import { sniffImageType } from '../../../src/core/image-sniff';
import { rejectReason } from '../../../src/features/references/shared/reference-files';
import * as states from '../../../src/features/strip/shared/panel-view';

const pixels = (v: number) => ({ width: 2, height: 1, data: new Uint8ClampedArray(8).fill(v) });
const result = (index: number, text = `line ${index}`): PanelResult => ({
  index,
  text,
  lang: 'en',
  alternatives: [],
  variants: [pixels(index), pixels(index + 100)],
  reference: null,
  seed: index,
});

describe('strip choices', () => {
  it('parses seeds as whole numbers in [0, 2^32)', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed(' 4294967295 ')).toBe(4294967295);
    for (const bad of ['', '-1', '1.5', '4294967296', 'abc', '1e3']) expect(parseSeed(bad)).toBeNull();
  });

  it('restores saved choices field by field', () => {
    expect(readChoices({ mode: 'gan', style: 'manga', seed: 7 })).toEqual({ mode: 'gan', style: 'manga', seed: 7, source: 'composed' });
    expect(readChoices({ mode: 'gan', style: 'manga', seed: 7, source: 'own' }).source).toBe('own');
    expect(readChoices({ source: 'web' }).source).toBe('composed');
    expect(readChoices({ mode: 'oil', style: 'pastel', seed: -3 })).toEqual({ ...DEFAULT_CHOICES, style: 'pastel' });
    expect(readChoices(null)).toEqual(DEFAULT_CHOICES);
  });
});

describe('panel labels', () => {
  it('shows the similarity as a clamped whole percent', () => {
    expect(scoreLabel(0.8749)).toBe('87 %');
    expect(scoreLabel(-0.2)).toBe('0 %');
    expect(scoreLabel(1.3)).toBe('100 %');
    expect(scoreLabel(Number.NaN)).toBe('–');
  });

  it('names the stage and counts steps only where there are several', () => {
    expect(progressLabel({ stage: 'denoise', step: 12, total: 25 })).toBe('Drawing 12 / 25');
    expect(progressLabel({ stage: 'retrieve', step: 1, total: 1 })).toBe('Finding a reference');
    expect(progressLabel(undefined)).toBe('Waiting');
  });

  it('fills the bar monotonically through the stages', () => {
    const seq = [
      { stage: 'encode', step: 0, total: 1 },
      { stage: 'retrieve', step: 1, total: 1 },
      { stage: 'depth', step: 1, total: 1 },
      { stage: 'denoise', step: 10, total: 20 },
      { stage: 'denoise', step: 20, total: 20 },
      { stage: 'decode', step: 1, total: 1 },
      { stage: 'done', step: 1, total: 1 },
    ] as const;
    const fractions = seq.map((p) => progressFraction(p));
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('panel states', () => {
  it('keeps drawn panels and marks the rest cancelled on cancel', () => {
    let panels = states.startStrip(['a', 'b', 'c']);
    panels = states.withResult(panels, result(0, 'a'));
    panels = states.withProgress(panels, 1, { stage: 'denoise', step: 3, total: 20 });
    panels = states.cancelUnfinished(panels);
    expect(panels.map((p) => p.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(panels[0].result?.variants[0].data[0]).toBe(0);
  });

  it('puts an error on the running panel only, and keeps a redrawn panel’s old picture', () => {
    let panels = states.startStrip(['a', 'b', 'c']);
    for (const i of [0, 1, 2]) panels = states.withResult(panels, result(i));
    panels = states.choose(panels, 1, 1);
    panels = states.startPanel(panels, 1, 'b, edited');
    panels = states.withProgress(panels, 1, { stage: 'denoise', step: 1, total: 20 });
    panels = states.failUnfinished(panels, 'device lost');
    expect(panels.map((p) => p.status)).toEqual(['done', 'error', 'done']);
    expect(panels[1].error).toBe('device lost');
    expect(panels[1].result?.index).toBe(1);
    expect(panels[1].chosen).toBe(1);
    expect(states.chosenImages(panels).map((img) => img.data[0])).toEqual([0, 101, 2]);
  });

  it('starts a redrawn panel on its first variant and leaves the others alone', () => {
    let panels = states.startStrip(['a', 'b']);
    for (const i of [0, 1]) panels = states.withResult(panels, result(i));
    panels = states.choose(panels, 0, 1);
    panels = states.choose(panels, 1, 1);
    const before = panels[0];
    panels = states.withResult(panels, result(1, 'b again'));
    expect(panels[0]).toBe(before);
    expect(panels[1]).toMatchObject({ chosen: 0, text: 'b again', status: 'done' });
  });

  it('clamps a variant choice to the variants there are', () => {
    let panels = states.withResult(states.startStrip(['a']), result(0));
    panels = states.choose(panels, 0, 9);
    expect(panels[0].chosen).toBe(1);
  });

  it('keeps the previous strip when a new run drew nothing', () => {
    const old = states.withResult(states.startStrip(['a']), result(0));
    const empty = states.cancelUnfinished(states.startStrip(['x', 'y']));
    expect(states.keepDrawnStrip(old, empty)).toEqual(old);
    const partly = states.withResult(states.startStrip(['x', 'y']), result(1));
    expect(states.keepDrawnStrip(old, partly)).toBe(partly);
    expect(states.keepDrawnStrip([], empty)).toBe(empty);
  });

  it('exports only drawn panels', () => {
    let panels = states.startStrip(['a', 'b']);
    panels = states.withResult(panels, result(1));
    panels = states.failUnfinished(panels, 'boom');
    expect(states.chosenImages(panels)).toHaveLength(1);
  });
});

describe('panel order follows the page', () => {
  const drawn = () => {
    let panels = states.startStrip(['a', 'b', 'c']);
    for (const i of [0, 1, 2]) panels = states.withResult(panels, result(i, ['a', 'b', 'c'][i]));
    return states.choose(panels, 2, 1);
  };

  it('moves a drawn panel with its picture and choice, renumbering the strip', () => {
    const moved = states.movePanel(drawn(), 2, 0);
    expect(moved.map((p) => [p.index, p.text, p.chosen])).toEqual([[0, 'c', 1], [1, 'a', 0], [2, 'b', 0]]);
    expect(states.chosenImages(moved).map((img) => img.data[0])).toEqual([102, 0, 1]);
    expect(states.movePanel(drawn(), 0, 7).map((p) => p.text)).toEqual(['a', 'b', 'c']);
  });

  it('inserts a panel that is not drawn yet, and exports around it', () => {
    const inserted = states.insertPanel(drawn(), 1, 'new');
    expect(inserted.map((p) => [p.index, p.text, p.status])).toEqual([[0, 'a', 'done'], [1, 'new', 'idle'], [2, 'b', 'done'], [3, 'c', 'done']]);
    expect(states.chosenImages(inserted)).toHaveLength(3);
    // a redraw of the new panel lands on it
    const redrawn = states.withResult(states.startPanel(inserted, 1, 'new'), result(1, 'new'));
    expect(redrawn[1]).toMatchObject({ status: 'done', text: 'new' });
  });

  it('deletes a panel and renumbers the rest', () => {
    const left = states.deletePanel(drawn(), 0);
    expect(left.map((p) => [p.index, p.text])).toEqual([[0, 'b'], [1, 'c']]);
  });
});

describe('reference files', () => {
  it('accepts PNG, JPEG and WebP by type or extension and explains the rest', () => {
    expect(rejectReason({ name: 'a.png', type: 'image/png', size: 10 })).toBeNull();
    expect(rejectReason({ name: 'b.JPG', type: '', size: 10 })).toBeNull();
    expect(rejectReason({ name: 'c.gif', type: 'image/gif', size: 10 })).toMatch(/"c.gif" is not a PNG, JPEG or WebP/);
    expect(rejectReason({ name: 'd.png', type: 'image/png', size: 0 })).toMatch(/"d.png" is empty/);
    expect(rejectReason({ name: 'e.webp', type: 'image/webp', size: 25_000_000 })).toMatch(/25.0 MB.*at most 20 MB/);
  });

  it('recognises the three formats by their first bytes', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('not an image at all'))).toBeNull();
  });
});
