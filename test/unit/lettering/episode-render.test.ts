// The episode export: slices cut in gutters and never through a balloon, within the platform's height and byte
// limits (JPEG steps down, PNG slices get shorter), with a clear warning for what cannot be met; and real pixels
// through @napi-rs/canvas, the Node side of the one drawing path.
import { describe, expect, it } from 'vitest';
import { nodeCanvas } from '../../../tools/cli/node-canvas';
import { decodePng } from '../../../src/core/png';
import type { RgbaImage } from '../../../src/core/rgba-image';
import { balloonBands, pageLayout } from '../../../src/features/lettering/shared/page-layout';
import {
  renderEpisode, sliceName, type BalloonPainter, type CanvasFactory, type EpisodeContext, type ImageFormat,
} from '../../../src/features/lettering/shared/episode-render';
import type { Balloon, EpisodePage, PagePanel } from '../../../src/features/lettering/shared/lettering-contract';
import { pageFromScript, setPanelShape } from '../../../src/features/lettering/shared/page-model';
import { parseTreatmentScript } from '../../../src/features/lettering/shared/treatment-script';
import { nodeMeasure } from '../../../tools/lettering/node-fonts';

const balloon = (id: string, box: Balloon['box'], tails: Balloon['tails'] = []): Balloon => ({ id, kind: 'speech', speaker: 'Mina', text: `line ${id}`, box, tails, placed: 'auto' });
const panel = (shape: PagePanel['shape'], balloons: Balloon[] = [], gutterBefore = 120): PagePanel => ({ scene: `scene ${balloons.map((b) => b.id).join()}`, shape, gutterBefore, balloons });
const image = (w = 128, h = 128): RgbaImage => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4).fill(200) });

interface FakeCall { slice: number; balloons: string[] }

/** A canvas that draws nothing and "encodes" to bytes proportional to the area (× quality for JPEG). */
function fakeCanvas(bytesPerPixel: (format: ImageFormat, quality?: number) => number) {
  let surfaces = 0;
  const calls: FakeCall[] = [];
  const factory: CanvasFactory<EpisodeContext> = {
    surface(width, height) {
      const slice = surfaces++;
      // Every drawing call does nothing; properties can be set and read back.
      const ctx = new Proxy({} as Record<string | symbol, unknown>, {
        get: (target, key) => (key in target ? target[key] : () => {}),
      }) as unknown as EpisodeContext;
      calls.push({ slice, balloons: [] });
      return { ctx, encode: async (format, quality) => new Uint8Array(Math.round(width * height * bytesPerPixel(format, quality))) };
    },
    drawable: () => ({}),
  };
  const drawBalloons: BalloonPainter<EpisodeContext> = (_ctx, balloons) => calls[calls.length - 1].balloons.push(...balloons.map((b) => b.id));
  return { factory, drawBalloons, calls };
}

/** No cut (slice boundary) lies strictly inside any balloon's band. */
function expectNoBalloonCut(page: EpisodePage, width: number, slices: { y: number; height: number }[]) {
  const bands = balloonBands(page, pageLayout(page, width));
  for (const s of slices.slice(0, -1)) {
    const cut = s.y + s.height;
    const through = bands.filter((b) => b.top < cut && cut < b.bottom).map((b) => b.balloon.id);
    expect(through, `cut at ${cut}`).toEqual([]);
  }
}

describe('renderEpisode: slicing', () => {
  const page: EpisodePage = {
    width: 800, background: '#ffffff', panels: [
      panel('square', [balloon('a', { x: 20, y: 20, w: 300, h: 150 }, [{ x: 200, y: 400 }])]),
      panel('tall', [balloon('b', { x: 400, y: 300, w: 300, h: 200 }), balloon('c', { x: 50, y: 800, w: 300, h: 200 })]),
      panel('wide', [], 480),
      panel('landscape', [balloon('d', { x: 50, y: 500, w: 300, h: 200 })]),
    ],
  };

  it('cuts in gutters, each slice ≤ 1280 px, 800 wide, numbered 01.png…, every balloon drawn once', async () => {
    const { factory, drawBalloons, calls } = fakeCanvas(() => 0.5);
    const out = await renderEpisode(page, page.panels.map(() => image()), { canvas: factory, drawBalloons });
    const layout = pageLayout(page);
    expect(out.slices.reduce((n, s) => n + s.height, 0)).toBe(layout.height);
    for (const s of out.slices) {
      expect(s.width).toBe(800);
      expect(s.height).toBeLessThanOrEqual(1280);
      const cut = s.y + s.height;
      expect(cut === layout.height || layout.gaps.some((g) => g.top <= cut && cut <= g.bottom)).toBe(true);
    }
    expect(out.slices.map((s) => s.file)).toEqual(out.slices.map((_, i) => sliceName(i + 1, out.slices.length, 'png')));
    expect(out.slices[0].file).toBe('01.png');
    expect(calls.flatMap((c) => c.balloons).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(out.warnings).toEqual([]);
    expectNoBalloonCut(page, 800, out.slices);
  });

  it('cuts a panel taller than the slice limit only where no balloon is', async () => {
    const { factory, drawBalloons } = fakeCanvas(() => 0.5);
    // A 1067 px tall panel against a 400 px limit: it must be cut, twice, around its balloons.
    const out = await renderEpisode(page, page.panels.map(() => image()), { canvas: factory, drawBalloons, limits: { maxSliceHeight: 400 } });
    expect(out.slices.every((s) => s.height <= 400)).toBe(true);
    expectNoBalloonCut(page, 800, out.slices);
    expect(out.warnings.some((w) => /cuts through a panel/.test(w))).toBe(true);
    expect(out.warnings.some((w) => /balloon/.test(w))).toBe(false);
  });

  it('says so when a balloon leaves no other place to cut', async () => {
    const big: EpisodePage = { ...page, panels: [panel('tall', [balloon('huge', { x: 0, y: 0, w: 800, h: 1000 })])] };
    const { factory, drawBalloons } = fakeCanvas(() => 0.5);
    const out = await renderEpisode(big, [image()], { canvas: factory, drawBalloons, limits: { maxSliceHeight: 400 } });
    expect(out.warnings.some((w) => /cuts through a balloon/.test(w))).toBe(true);
  });

  it('steps JPEG quality down to fit 2 MB before making slices shorter', async () => {
    // a full 800×1280 slice: 2.36 MB at 0.92, 2.18 MB at 0.85, 2.00 MB at 0.78 (fits)
    const { factory, drawBalloons } = fakeCanvas((format, q) => (format === 'jpeg' ? 2.5 * (q ?? 1) : 9));
    const out = await renderEpisode(page, page.panels.map(() => image()), { canvas: factory, drawBalloons, format: 'jpeg' });
    const plain = await renderEpisode(page, page.panels.map(() => image()), { canvas: fakeCanvas(() => 0.5).factory, drawBalloons });
    expect(out.slices.map((s) => s.height)).toEqual(plain.slices.map((s) => s.height));
    expect(out.slices.every((s) => s.bytes <= 2_000_000)).toBe(true);
    expect(out.slices[0].file).toBe('01.jpg');
    expect(out.warnings[0]).toMatch(/JPEG quality lowered to 78%/);
  });

  it('makes PNG slices shorter to fit 2 MB, still cutting no balloon', async () => {
    const { factory, drawBalloons } = fakeCanvas(() => 3.5);
    const out = await renderEpisode(page, page.panels.map(() => image()), { canvas: factory, drawBalloons });
    expect(out.slices.every((s) => s.bytes <= 2_000_000)).toBe(true);
    expect(out.slices.length).toBeGreaterThan(4);
    expectNoBalloonCut(page, 800, out.slices);
    expect(out.warnings.some((w) => /cut shorter/.test(w))).toBe(true);
  });

  it('warns when the whole episode is over 20 MB (PNG), and JPEG starts lower to fit it', async () => {
    const long: EpisodePage = { ...page, panels: Array.from({ length: 16 }, (_, i) => panel('square', [balloon(`p${i}`, { x: 10, y: 10, w: 200, h: 100 })])) };
    const images = long.panels.map(() => image());
    const png = await renderEpisode(long, images, { canvas: fakeCanvas(() => 1.9).factory, drawBalloons: () => {} });
    const total = png.slices.reduce((n, s) => n + s.bytes, 0);
    expect(total).toBeGreaterThan(20_000_000);
    expect(png.slices.every((s) => s.bytes <= 2_000_000)).toBe(true);
    expect(png.warnings.join('\n')).toMatch(/the episode is \d+\.\d MB, over the 20 MB upload limit: export as JPEG/);

    const jpeg = await renderEpisode(long, images, { canvas: fakeCanvas((_, q) => 1.9 * (q ?? 1)).factory, drawBalloons: () => {}, format: 'jpeg' });
    expect(jpeg.slices.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(20_000_000);
    expect(jpeg.manifest.warnings[0]).toMatch(/JPEG quality lowered/);
    expect(jpeg.warnings.join()).not.toMatch(/over the 20 MB/);

    const hopeless = await renderEpisode(long, images, { canvas: fakeCanvas((_, q) => 4 * (q ?? 1)).factory, drawBalloons: () => {}, format: 'jpeg' });
    expect(hopeless.warnings.join('\n')).toMatch(/even at the lowest JPEG quality, over the 20 MB upload limit/);
  });

  it('scales the whole page at 690 px and lists every balloon in the manifest with its export box', async () => {
    const { factory, drawBalloons } = fakeCanvas(() => 0.5);
    const out = await renderEpisode(page, page.panels.map(() => image()), { canvas: factory, drawBalloons, width: 690 });
    expect(out.slices.every((s) => s.width === 690)).toBe(true);
    expect(out.manifest).toMatchObject({ format: 'toonsmith-episode', version: 1, width: 690 });
    expect(out.manifest.slices).toEqual(out.slices.map(({ file, width, height, bytes }) => ({ file, width, height, bytes })));
    expect(out.manifest.balloons).toEqual([
      { panel: 0, kind: 'speech', speaker: 'Mina', text: 'line a', box: [17, 17, 259, 129] },
      { panel: 1, kind: 'speech', speaker: 'Mina', text: 'line b', box: [345, 259, 259, 173] },
      { panel: 1, kind: 'speech', speaker: 'Mina', text: 'line c', box: [43, 690, 259, 173] },
      { panel: 3, kind: 'speech', speaker: 'Mina', text: 'line d', box: [43, 431, 259, 173] },
    ]);
    expectNoBalloonCut(page, 690, out.slices);
  });

  it('refuses other widths and an empty page, and names panels with no picture', async () => {
    const { factory, drawBalloons } = fakeCanvas(() => 0.5);
    await expect(renderEpisode(page, [], { canvas: factory, drawBalloons, width: 700 })).rejects.toThrow(/800 or 690 px; got 700/);
    await expect(renderEpisode({ ...page, panels: [] }, [], { canvas: factory, drawBalloons })).rejects.toThrow(/no drawn panels/);
    const out = await renderEpisode(page, [image(), null, image()], { canvas: factory, drawBalloons });
    expect(out.warnings.slice(0, 2)).toEqual(['panel 2 has no picture yet: it is exported as an empty frame', 'panel 4 has no picture yet: it is exported as an empty frame']);
  });
});

describe('renderEpisode: pixels (@napi-rs/canvas)', () => {
  it('draws each picture cover-fit into its panel, the background between, and the balloons over them', async () => {
    const page: EpisodePage = {
      width: 800, background: '#00ff00', panels: [
        panel('wide', [balloon('a', { x: 100, y: 100, w: 200, h: 100 })]),
        panel('square', []),
      ],
    };
    // Left half red, right half blue: a wide panel crops top and bottom only, so both halves show.
    const pic = image(100, 100);
    for (let i = 0; i < 100 * 100; i++) pic.data.set(i % 100 < 50 ? [255, 0, 0, 255] : [0, 0, 255, 255], i * 4);
    const painter: BalloonPainter<import('@napi-rs/canvas').SKRSContext2D> = (ctx, balloons, { scale }) => {
      for (const b of balloons) {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(b.box.x * scale, b.box.y * scale, b.box.w * scale, b.box.h * scale);
      }
    };
    const out = await renderEpisode(page, [pic, null], { canvas: nodeCanvas, drawBalloons: painter });
    const layout = pageLayout(page);
    const first = decodePng(out.slices[0].data);
    expect([first.width, first.height]).toEqual([out.slices[0].width, out.slices[0].height]);
    const px = (img: RgbaImage, x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];
    const top = layout.panels[0].y;
    expect(px(first, 10, 10)).toEqual([0, 255, 0]); // background above the first panel
    expect(px(first, 50, top + 300)).toEqual([255, 0, 0]);
    expect(px(first, 750, top + 300)).toEqual([0, 0, 255]);
    expect(px(first, 200, top + 150)).toEqual([255, 255, 255]); // the balloon
    const second = out.slices.find((s) => s.y <= layout.panels[1].y + 10 && layout.panels[1].y + 10 < s.y + s.height)!;
    const img = decodePng(second.data);
    expect(px(img, 400, layout.panels[1].y + 10 - second.y)).toEqual([0xe4, 0xe4, 0xe4]); // no picture yet
  });

  it('encodes real JPEG slices', async () => {
    const page: EpisodePage = { width: 800, background: '#ffffff', panels: [panel('square')] };
    const out = await renderEpisode(page, [image()], { canvas: nodeCanvas, drawBalloons: () => {}, format: 'jpeg' });
    expect([...out.slices[0].data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('letters with the lettering engine by default: ink only inside the balloons, none cut by a tall panel\'s cuts', async () => {
    const text = 'A tall tower in the rain.\n  Mina: "So high..."\n  Jun: (I should not look down.)\n  [Later that night.]\n  *crash*\nThe street below.';
    const script = parseTreatmentScript(text);
    const page = pageFromScript(script, setPanelShape(pageFromScript(script, undefined, nodeMeasure()), 0, 'tall'), nodeMeasure());
    const pictures = [image(), image()];
    const lettered = await renderEpisode(page, pictures, { canvas: nodeCanvas, limits: { maxSliceHeight: 400 } });
    const bare = await renderEpisode(page, pictures, { canvas: nodeCanvas, drawBalloons: () => {}, limits: { maxSliceHeight: 400 } });
    expect(lettered.slices.map((s) => s.height)).toEqual(bare.slices.map((s) => s.height));
    expectNoBalloonCut(page, 800, lettered.slices);
    const layout = pageLayout(page);
    const bands = balloonBands(page, layout);
    const changedRows = new Set<number>();
    lettered.slices.forEach((slice, i) => {
      const a = decodePng(slice.data);
      const b = decodePng(bare.slices[i].data);
      for (let y = 0; y < a.height; y++) {
        for (let x = 0; x < a.width; x += 3) {
          const o = (y * a.width + x) * 4;
          if (Math.abs(a.data[o] - b.data[o]) > 40) changedRows.add(slice.y + y);
        }
      }
    });
    // Every balloon changed pixels in its band; nothing changed outside the bands.
    for (const band of bands) expect([...changedRows].some((y) => y >= band.top && y < band.bottom), band.balloon.text).toBe(true);
    expect([...changedRows].filter((y) => !bands.some((band) => y >= band.top && y < band.bottom))).toEqual([]);
  });

  it('letters a 10,000-character balloon (its start) and says it was cut', async () => {
    const long = 'word '.repeat(2000);
    const page: EpisodePage = { width: 800, background: '#ffffff', panels: [panel('square', [{ ...balloon('x', { x: 20, y: 20, w: 760, h: 760 }), text: long }])] };
    const out = await renderEpisode(page, [image()], { canvas: nodeCanvas });
    expect(out.warnings).toEqual(['a balloon in panel 1 ("word word word word word…") is too long to letter: only its first 500 characters or 30 lines are drawn']);
    expect(out.manifest.balloons[0].text).toBe(long);
  });
});
