// The page's geometry: per-panel gutters at 800 and 690 px, balloon bands, and cuts that never go through them.
import { describe, expect, it } from 'vitest';
import { layoutStrip, nextCut, sliceStrip } from '../../../src/core/strip-layout';
import { balloonBands, coverCrop, PAGE_PADDING, pageLayout } from '../../../src/features/lettering/shared/page-layout';
import type { Balloon, EpisodePage, PagePanel } from '../../../src/features/lettering/shared/lettering-contract';
import { createRng } from '../../../src/core/rng';

const balloon = (id: string, y: number, h: number, tailY?: number): Balloon => ({
  id, kind: 'speech', speaker: 'Mina', text: 'hi', box: { x: 100, y, w: 200, h }, tails: tailY === undefined ? [] : [{ x: 150, y: tailY }], placed: 'auto',
});
const panel = (shape: PagePanel['shape'], gutterBefore: number, balloons: Balloon[] = []): PagePanel => ({ scene: `s${gutterBefore}`, shape, gutterBefore, balloons });

describe('pageLayout', () => {
  const page: EpisodePage = { width: 800, background: '#ffffff', panels: [panel('square', 999), panel('wide', 120), panel('tall', 480), panel('landscape', 0)] };

  it('stacks panels with each one\'s own gutter (the first sits at the top padding)', () => {
    const layout = pageLayout(page);
    expect(layout.panels.map((r) => [r.y, r.height])).toEqual([
      [PAGE_PADDING.top, 800],
      [PAGE_PADDING.top + 800 + 120, 450],
      [PAGE_PADDING.top + 800 + 120 + 450 + 480, 1067],
      [PAGE_PADDING.top + 800 + 120 + 450 + 480 + 1067, 600],
    ]);
    expect(layout.height).toBe(layout.panels[3].y + 600 + PAGE_PADDING.bottom);
    // A zero gutter still leaves a (zero-height) place to cut between the panels.
    expect(layout.gaps.some((g) => g.top === layout.panels[3].y && g.bottom === layout.panels[3].y)).toBe(true);
  });

  it('scales the whole page at 690 px, gutters and padding included', () => {
    const at690 = pageLayout(page, 690);
    const s = 690 / 800;
    expect(at690.width).toBe(690);
    expect(at690.panels[0]).toEqual({ x: 0, y: Math.round(PAGE_PADDING.top * s), width: 690, height: 690 });
    expect(at690.panels[1].y - (at690.panels[0].y + 690)).toBe(Math.round(120 * s));
    expect(at690.panels[2].y - (at690.panels[1].y + at690.panels[1].height)).toBe(Math.round(480 * s));
  });

  it('is the core strip layout: per-panel gutters override the shared ones', () => {
    const l = layoutStrip([{ aspect: 1 }, { aspect: 1, gutterBefore: 7 }, { aspect: 1, timeSkipBefore: true }], { width: 100, gutter: 50, timeSkipGutter: 90 });
    expect(l.panels.map((r) => r.y)).toEqual([0, 107, 297]);
    expect(() => layoutStrip([{ aspect: 1 }, { aspect: 1, gutterBefore: -1 }])).toThrow(/panel 2 gutterBefore/);
  });
});

describe('balloonBands and nextCut', () => {
  it('gives each balloon its band in page pixels, tails included, scaled with the page', () => {
    const page: EpisodePage = { width: 800, background: '#fff', panels: [panel('square', 0, [balloon('a', 100, 80, 260)])] };
    const [band] = balloonBands(page, pageLayout(page));
    expect(band.top).toBeLessThan(PAGE_PADDING.top + 100);
    expect(band.bottom).toBeGreaterThan(PAGE_PADDING.top + 260);
    const [small] = balloonBands(page, pageLayout(page, 690));
    expect(small.bottom - small.top).toBeLessThan(band.bottom - band.top);
  });

  it('cuts a panel taller than the limit only where no balloon is', () => {
    const layout = layoutStrip([{ aspect: 800 / 3000 }], { width: 800 });
    const keep = [{ top: 1200, bottom: 1400 }, { top: 2400, bottom: 2600 }];
    const cut = nextCut(layout, 0, 1280, keep);
    expect(cut).toEqual({ y: 1200, cutsPanel: true, cutsKept: false });
    expect(nextCut(layout, 1200, 1280, keep)).toEqual({ y: 2400, cutsPanel: true, cutsKept: false });
    // Balloons covering the whole reach: the limit wins and says it cut through one.
    expect(nextCut(layout, 0, 1280, [{ top: 0, bottom: 2000 }])).toMatchObject({ y: 1280, cutsKept: true });
  });

  it('skips a gutter a balloon reaches over and takes an earlier one', () => {
    const layout = layoutStrip([{ aspect: 2 }, { aspect: 2 }, { aspect: 2 }], { width: 800, gutter: 100 });
    // gutters at 400–500 and 900–1000; a balloon hangs over the second one
    expect(nextCut(layout, 0, 1280).y).toBe(1000);
    expect(nextCut(layout, 0, 1280, [{ top: 850, bottom: 1050 }]).y).toBe(500);
    expect(nextCut(layout, 0, 1280, [{ top: 950, bottom: 1050 }]).y).toBe(950);
  });

  it('never cuts through a balloon over random pages (sliceStrip with keepWhole)', () => {
    const rng = createRng(11);
    for (let round = 0; round < 60; round++) {
      const panels = Array.from({ length: 1 + rng.int(6) }, () => ({ aspect: [16 / 9, 1, 3 / 4, 0.3][rng.int(4)], gutterBefore: rng.int(300) }));
      const layout = layoutStrip(panels, { width: 800 });
      const keep = layout.panels.flatMap((r) => Array.from({ length: rng.int(4) }, () => {
        const top = r.y + rng.int(Math.max(1, r.height - 200));
        return { top, bottom: top + 40 + rng.int(160) };
      }));
      const { slices, warnings } = sliceStrip(layout, { keepWhole: keep });
      for (const s of slices) {
        const y = s.y + s.height;
        expect(s.height).toBeLessThanOrEqual(1280);
        expect(keep.some((b) => b.top < y && y < b.bottom)).toBe(false);
      }
      expect(warnings.join()).not.toMatch(/balloon/);
    }
  });
});

describe('coverCrop', () => {
  it('crops the overflow evenly and never distorts', () => {
    expect(coverCrop(128, 128, 800, 450)).toEqual({ x: 0, y: 28, width: 128, height: 72 });
    expect(coverCrop(200, 100, 100, 100)).toEqual({ x: 50, y: 0, width: 100, height: 100 });
  });
});
