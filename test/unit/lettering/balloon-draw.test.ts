// The one drawing path, in Node on @napi-rs/canvas with the bundled faces: ink where the balloons are and nowhere
// else, the display face really registered (Black Han Sans, not a fallback), and the canvas subset both the DOM's
// and @napi-rs/canvas's contexts satisfy.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawBalloons } from '../../../src/features/lettering/shared/balloon-draw';
import { balloonOutline } from '../../../src/features/lettering/shared/balloon-shape';
import type { LetteringCanvas } from '../../../src/features/lettering/shared/lettering-canvas';
import type { Balloon, Box } from '../../../src/features/lettering/shared/lettering-contract';
import { fontFor } from '../../../src/features/lettering/shared/lettering-fonts';
import { fitBalloon } from '../../../src/features/lettering/shared/balloon-fit';
import { nodeMeasure, registerLetteringFonts } from '../../../tools/lettering/node-fonts';

// Type-level: every context the app and the CLI draw on is a LetteringCanvas (a compile error otherwise).
export function contextsFit(dom: CanvasRenderingContext2D, offscreen: OffscreenCanvasRenderingContext2D, node: SKRSContext2D): LetteringCanvas[] {
  return [dom, offscreen, node];
}

const GREY = [154, 160, 168];
const W = 800;
const H = 600;

function grey(): { ctx: SKRSContext2D; pixels: () => Uint8ClampedArray } {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = `rgb(${GREY.join(',')})`;
  ctx.fillRect(0, 0, W, H);
  return { ctx, pixels: () => ctx.getImageData(0, 0, W, H).data };
}

/** Pixels in `box` that are ink (dark), paper (white), or changed from the grey at all. */
function count(data: Uint8ClampedArray, box: Box, width = W): { ink: number; paper: number; changed: number } {
  let ink = 0, paper = 0, changed = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(H, Math.ceil(box.y + box.h)); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(width, Math.ceil(box.x + box.w)); x++) {
      const i = (y * width + x) * 4;
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r < 60 && g < 60 && b < 60) ink++;
      if (r > 245 && g > 245 && b > 245) paper++;
      if (r !== GREY[0] || g !== GREY[1] || b !== GREY[2]) changed++;
    }
  }
  return { ink, paper, changed };
}

let measure: ReturnType<typeof nodeMeasure>;
const balloon = (id: string, kind: Balloon['kind'], text: string, at: { x: number; y: number }, tails: { x: number; y: number }[] = []): Balloon => {
  const fit = fitBalloon(kind, text, measure);
  return { id, kind, text, box: { ...at, w: fit.w, h: fit.h }, tails, placed: 'auto' };
};

beforeAll(() => {
  expect(registerLetteringFonts()).toHaveLength(4);
  measure = nodeMeasure();
});

describe('node fonts', () => {
  it('registers the bundled woff2 files once', () => {
    const files = registerLetteringFonts();
    expect(registerLetteringFonts()).toBe(files);
    expect(files.every((f) => f.endsWith('.woff2'))).toBe(true);
  });

  it('really draws with Black Han Sans: far heavier than Nanum Gothic, unlike an unknown family\'s fallback', () => {
    const ink = (font: string) => {
      const { ctx, pixels } = grey();
      ctx.fillStyle = '#000';
      ctx.font = font;
      ctx.fillText('쾅! BOOM 쿵', 20, 200);
      return count(pixels(), { x: 0, y: 0, w: W, h: H }).ink;
    };
    const display = ink(fontFor('sfx', 96));
    const dialogue = ink(fontFor('speech', 96));
    const missing = ink('400 96px "No Such Face", sans-serif');
    expect(display).toBeGreaterThan(dialogue * 1.6);
    expect(display).toBeGreaterThan(missing * 1.6);
    expect(measure('쾅! BOOM 쿵', fontFor('sfx', 96))).not.toBeCloseTo(measure('쾅! BOOM 쿵', '400 96px "No Such Face", sans-serif'), 0);
  });
});

describe('drawBalloons', () => {
  it('puts paper and ink inside each balloon, the tail out to its tip, and nothing outside', () => {
    const balloons = [
      balloon('s', 'speech', '민지야, 같이 가자!', { x: 40, y: 40 }, [{ x: 150, y: 330 }]),
      balloon('w', 'whisper', 'Psst… here.', { x: 450, y: 40 }, [{ x: 600, y: 300 }]),
      balloon('n', 'narration', '다음 날 아침', { x: 40, y: 420 }),
      balloon('x', 'sfx', '쾅', { x: 520, y: 400 }),
    ];
    const { ctx, pixels } = grey();
    drawBalloons(ctx, balloons, { scale: 1, measure });
    const data = pixels();
    let inside = 0;
    for (const b of balloons) {
      const c = count(data, b.box);
      expect(c.ink, `${b.id} has lettering`).toBeGreaterThan(150);
      if (b.kind !== 'sfx') expect(c.paper, `${b.id} is filled`).toBeGreaterThan(b.box.w * b.box.h * 0.3);
      // (a dashed tail may end in a gap: look a dash's length around its tip)
      const r = b.kind === 'whisper' ? 10 : 4;
      for (const tip of b.tails) expect(count(data, { x: tip.x - r, y: tip.y - r, w: 2 * r, h: 2 * r }).ink, `${b.id}'s tail reaches its tip`).toBeGreaterThan(0);
      inside += count(data, balloonOutline(b).bounds).changed;
    }
    // every changed pixel lies within some balloon's bounds
    expect(count(data, { x: 0, y: 0, w: W, h: H }).changed).toBeLessThanOrEqual(inside);
    const away = { x: 300, y: 250, w: 120, h: 100 };
    expect(count(data, away).changed).toBe(0);
  });

  it('scales from panel pixels to the output, at the ctx\'s origin', () => {
    const b = balloon('s', 'speech', 'Hello there!', { x: 100, y: 100 }, [{ x: 160, y: 300 }]);
    const { ctx, pixels } = grey();
    ctx.translate(10, 20);
    drawBalloons(ctx, [b], { scale: 690 / 800, measure });
    const data = pixels();
    const k = 690 / 800;
    const bounds = balloonOutline(b).bounds;
    const scaled = { x: 10 + bounds.x * k, y: 20 + bounds.y * k, w: bounds.w * k + 1, h: bounds.h * k + 1 };
    const all = count(data, { x: 0, y: 0, w: W, h: H }).changed;
    expect(all).toBeGreaterThan(1000);
    expect(count(data, scaled).changed).toBe(all);
  });

  it('draws markup as letters and 10,000 characters without stalling', () => {
    const { ctx } = grey();
    const started = performance.now();
    const huge: Balloon = { id: 'h', kind: 'speech', text: '<script>alert(1)</script> '.repeat(400), box: { x: 0, y: 0, w: 800, h: 600 }, tails: [], placed: 'auto' };
    expect(() => drawBalloons(ctx, [huge], { scale: 1, measure })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
