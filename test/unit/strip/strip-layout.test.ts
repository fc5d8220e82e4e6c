import { describe, expect, it } from 'vitest';
import {
  layoutStrip,
  NAVER_CONTEST_WIDTH,
  sliceFileName,
  sliceStrip,
  WEBTOON_CANVAS,
  type StripLayout,
  type StripSlicing,
} from '../../../src/core/strip-layout';
import { createRng } from '../../../src/core/rng';

function insideSomePanel(layout: StripLayout, y: number): boolean {
  return layout.panels.some((p) => y > p.y && y < p.y + p.height);
}

// Invariants every slicing must keep: contiguous, full width, numbered, within the height limit.
function expectWellFormed(layout: StripLayout, slicing: StripSlicing, maxHeight: number): void {
  let y = 0;
  slicing.slices.forEach((slice, i) => {
    expect(slice).toMatchObject({ x: 0, y, width: layout.width, number: i + 1 });
    expect(slice.height).toBeGreaterThan(0);
    expect(slice.height).toBeLessThanOrEqual(maxHeight);
    expect(slice.cutsPanel).toBe(insideSomePanel(layout, slice.y + slice.height));
    y += slice.height;
  });
  expect(y).toBe(layout.height);
}

// Independent reference: fewest slices using only cuts that split no panel (DP over every y).
function fewestSafeSlices(layout: StripLayout, maxHeight: number): number {
  const best = new Array<number>(layout.height + 1).fill(Infinity);
  best[0] = 0;
  for (let y = 1; y <= layout.height; y++) {
    if (insideSomePanel(layout, y)) continue;
    for (let from = Math.max(0, y - maxHeight); from < y; from++) best[y] = Math.min(best[y], best[from] + 1);
  }
  return best[layout.height];
}

describe('layoutStrip', () => {
  it('stacks panels at 800 px with 250 px gutters and a 1000 px gap for a time skip', () => {
    const layout = layoutStrip([{ aspect: 0.8 }, { aspect: 4 / 3 }, { aspect: 0.8, timeSkipBefore: true }]);
    expect(layout.width).toBe(WEBTOON_CANVAS.width);
    expect(layout.panels).toEqual([
      { x: 0, y: 0, width: 800, height: 1000 },
      { x: 0, y: 1250, width: 800, height: 600 },
      { x: 0, y: 2850, width: 800, height: 1000 },
    ]);
    expect(layout.height).toBe(3850);
    expect(layout.gaps).toEqual([
      { top: 0, bottom: 0 },
      { top: 1000, bottom: 1250 },
      { top: 1850, bottom: 2850 },
      { top: 3850, bottom: 3850 },
    ]);
  });

  it('honours Naver width, side margins, padding and custom gutters; ignores a time skip on panel 1', () => {
    const layout = layoutStrip([{ aspect: 1, timeSkipBefore: true }, { aspect: 3 }], {
      width: NAVER_CONTEST_WIDTH, sideMargin: 45, paddingTop: 100, paddingBottom: 300, gutter: 400,
    });
    expect(layout.panels).toEqual([
      { x: 45, y: 100, width: 600, height: 600 },
      { x: 45, y: 1100, width: 600, height: 200 },
    ]);
    expect(layout.height).toBe(1600);
  });

  it('explains impossible settings', () => {
    expect(() => layoutStrip([{ aspect: 0 }, { aspect: 1 }])).toThrow(/panel 1 has aspect 0/);
    expect(() => layoutStrip([{ aspect: 1 }, { aspect: NaN }])).toThrow(/panel 2 has aspect NaN/);
    expect(() => layoutStrip([], { width: 0 })).toThrow(/width must be an integer ≥ 1/);
    expect(() => layoutStrip([], { gutter: -5 })).toThrow(/gutter must be an integer ≥ 0/);
    expect(() => layoutStrip([], { width: 100, sideMargin: 50 })).toThrow(/leave no room/);
  });
});

describe('sliceStrip', () => {
  it('cuts a typical episode only in gutters, into ≤ 1280 px slices', () => {
    const layout = layoutStrip([{ aspect: 0.8 }, { aspect: 4 / 3 }, { aspect: 0.8, timeSkipBefore: true }, { aspect: 1 }]);
    const slicing = sliceStrip(layout);
    expectWellFormed(layout, slicing, 1280);
    expect(slicing.slices.map((s) => s.y + s.height)).toEqual([1250, 2530, 2850, 4100, 4900]);
    expect(slicing.slices.some((s) => s.cutsPanel)).toBe(false);
    expect(slicing.warnings).toEqual([]);
    expect(slicing.estimatedBytes).toBeUndefined();
  });

  it('uses as few slices as any panel-safe cutting would (checked against a DP)', () => {
    const rng = createRng(2024);
    for (let t = 0; t < 40; t++) {
      const panels = Array.from({ length: 1 + rng.int(6) }, () => ({
        aspect: 100 / (20 + rng.int(80)),
        timeSkipBefore: rng.chance(0.2),
      }));
      const layout = layoutStrip(panels, { width: 100, gutter: rng.int(30), timeSkipGutter: 60 });
      const slicing = sliceStrip(layout, { maxHeight: 100 });
      expectWellFormed(layout, slicing, 100);
      expect(slicing.slices.some((s) => s.cutsPanel)).toBe(false);
      expect(slicing.slices.length).toBe(fewestSafeSlices(layout, 100));
    }
  });

  it('cuts through a panel only when it is taller than a slice, and says so', () => {
    const layout = layoutStrip([{ aspect: 800 / 300 }, { aspect: 800 / 3000 }, { aspect: 800 / 300 }], { gutter: 250 });
    const slicing = sliceStrip(layout);
    expectWellFormed(layout, slicing, 1280);
    const forced = slicing.slices.filter((s) => s.cutsPanel);
    expect(forced.length).toBe(2);
    forced.forEach((s) => expect(s.y + s.height).toBeGreaterThan(layout.panels[1].y));
    expect(slicing.slices[0].y + slicing.slices[0].height).toBe(layout.panels[1].y); // tall panel starts a slice
    expect(slicing.warnings.filter((w) => /cuts through a panel/.test(w))).toHaveLength(2);
  });

  it('shrinks slices that the byte estimate puts over 2 MB, still cutting in gutters where it can', () => {
    const layout = layoutStrip(Array.from({ length: 6 }, () => ({ aspect: 800 / 500 })), { gutter: 250 });
    const rawRgb = (r: { width: number; height: number }) => r.width * r.height * 3; // worst case: uncompressed
    const slicing = sliceStrip(layout, { estimateBytes: rawRgb });
    expectWellFormed(layout, slicing, 1280);
    for (const s of slicing.slices) {
      expect(s.estimatedBytes).toBe(800 * s.height * 3);
      expect(s.estimatedBytes).toBeLessThanOrEqual(WEBTOON_CANVAS.maxSliceBytes);
      expect(s.overBudget).toBe(false);
      expect(s.cutsPanel).toBe(false);
    }
    expect(slicing.estimatedBytes).toBe(800 * layout.height * 3);
    expect(slicing.warnings).toEqual([]);
  });

  it('reports slices and episodes it cannot bring under budget instead of making slivers', () => {
    const layout = layoutStrip([{ aspect: 0.8 }, { aspect: 0.8 }]);
    const slicing = sliceStrip(layout, { estimateBytes: () => 3_000_000, maxEpisodeBytes: 5_000_000 });
    expectWellFormed(layout, slicing, 1280);
    // A constant estimate does not fall when cut shorter, so the gutter-aligned slices stay.
    expect(slicing.slices.map((s) => s.y + s.height)).toEqual([1250, 2250]);
    expect(slicing.slices.every((s) => s.overBudget && !s.cutsPanel)).toBe(true);
    expect(slicing.warnings.some((w) => /over 2000000/.test(w))).toBe(true);
    expect(slicing.warnings.at(-1)).toMatch(/episode is estimated at \d+ bytes, over 5000000/);
  });

  it('gives an empty strip no slices', () => {
    expect(sliceStrip(layoutStrip([])).slices).toEqual([]);
  });
});

describe('sliceFileName', () => {
  it('pads numbers so files sort in reading order', () => {
    expect(sliceFileName('episode', 3, 7)).toBe('episode-03.png');
    expect(sliceFileName('ep', 12, 120, 'jpg')).toBe('ep-012.jpg');
  });
});
