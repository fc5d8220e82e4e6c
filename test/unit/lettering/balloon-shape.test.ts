// Balloon outlines: each kind's shape, tails that reach their tips (one or several), whisper alone dashed, the
// cloud and the spikes inside the box, bounds that hold everything drawn.
import { describe, expect, it } from 'vitest';
import { balloonOutline, toSvgPath, traceOutline, type PathCommand } from '../../../src/features/lettering/shared/balloon-shape';
import { BALLOON_KINDS, type Balloon, type BalloonKind, type Point } from '../../../src/features/lettering/shared/lettering-contract';

const BOX = { x: 100, y: 50, w: 300, h: 160 };
const balloon = (kind: BalloonKind, tails: Point[] = [], id = 'b1'): Balloon => ({ id, kind, text: 'x', box: BOX, tails, placed: 'auto' });

/** Every point along the path (curves sampled), per subpath. */
function subpaths(commands: readonly PathCommand[]): Point[][] {
  const out: Point[][] = [];
  let at: Point = { x: 0, y: 0 };
  for (const c of commands) {
    if (c.op === 'M') {
      out.push([{ x: c.x, y: c.y }]);
      at = { x: c.x, y: c.y };
    } else if (c.op === 'L') {
      out[out.length - 1].push({ x: c.x, y: c.y });
      at = { x: c.x, y: c.y };
    } else if (c.op === 'Q' || c.op === 'C') {
      for (let i = 1; i <= 16; i++) {
        const t = i / 16;
        const u = 1 - t;
        const p =
          c.op === 'Q'
            ? { x: u * u * at.x + 2 * u * t * c.x1 + t * t * c.x, y: u * u * at.y + 2 * u * t * c.y1 + t * t * c.y }
            : {
                x: u ** 3 * at.x + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t ** 3 * c.x,
                y: u ** 3 * at.y + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t ** 3 * c.y,
              };
        out[out.length - 1].push(p);
      }
      at = { x: c.x, y: c.y };
    }
  }
  return out;
}

const vertices = (commands: readonly PathCommand[]) => commands.flatMap((c) => (c.op === 'Z' ? [] : [{ x: c.x, y: c.y }]));
const has = (points: Point[], p: Point) => points.some((q) => Math.abs(q.x - p.x) < 1e-9 && Math.abs(q.y - p.y) < 1e-9);
const inside = (p: Point, b: { x: number; y: number; w: number; h: number }, slack = 0.5) =>
  p.x >= b.x - slack && p.x <= b.x + b.w + slack && p.y >= b.y - slack && p.y <= b.y + b.h + slack;

describe('balloonOutline', () => {
  it('dashes the whisper and nothing else', () => {
    for (const kind of BALLOON_KINDS) expect(balloonOutline(balloon(kind)).dashed).toBe(kind === 'whisper');
  });

  it('draws a speech balloon as one closed contour whose tail reaches its tip', () => {
    const tip = { x: 180, y: 300 };
    const o = balloonOutline(balloon('speech', [tip]));
    expect(o.commands.filter((c) => c.op === 'M')).toHaveLength(1);
    expect(o.commands.filter((c) => c.op === 'Z')).toHaveLength(1);
    expect(has(vertices(o.commands), tip)).toBe(true);
    // the tip is the farthest point of the outline from the balloon's centre
    const centre = { x: BOX.x + BOX.w / 2, y: BOX.y + BOX.h / 2 };
    const far = Math.max(...subpaths(o.commands)[0].map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)));
    expect(far).toBeCloseTo(Math.hypot(tip.x - centre.x, tip.y - centre.y), 6);
    // without tails it is a plain oval inside the box
    const plain = balloonOutline(balloon('speech'));
    for (const p of subpaths(plain.commands)[0]) expect(inside(p, BOX)).toBe(true);
  });

  it('gives one balloon several tails, each reaching its own tip, for speech, whisper and shout', () => {
    const tips = [{ x: 120, y: 320 }, { x: 420, y: 300 }, { x: 560, y: 80 }];
    for (const kind of ['speech', 'whisper', 'shout'] as const) {
      const o = balloonOutline(balloon(kind, tips));
      const vs = vertices(o.commands);
      for (const tip of tips) expect(has(vs, tip)).toBe(true);
      expect(o.commands.filter((c) => c.op === 'M')).toHaveLength(1);
      for (const tip of tips) expect(inside(tip, o.bounds)).toBe(true);
    }
  });

  it('keeps one of two tails leaving at the same place, so they never cross', () => {
    const o = balloonOutline(balloon('speech', [{ x: 250, y: 300 }, { x: 250, y: 400 }]));
    const vs = vertices(o.commands);
    expect(has(vs, { x: 250, y: 300 })).toBe(true);
    expect(has(vs, { x: 250, y: 400 })).toBe(false);
  });

  it('draws no tail toward a tip inside the balloon', () => {
    const o = balloonOutline(balloon('speech', [{ x: 250, y: 130 }]));
    expect(o.commands.some((c) => c.op === 'Q')).toBe(false);
  });

  it('draws a thought as a cloud inside its box with a trail of shrinking bubbles to each tip', () => {
    const tips = [{ x: 150, y: 330 }, { x: 450, y: 320 }];
    const o = balloonOutline(balloon('thought', tips));
    const [cloud, ...bubbles] = subpaths(o.commands);
    for (const p of cloud) expect(inside(p, BOX)).toBe(true);
    expect(bubbles.length).toBeGreaterThanOrEqual(4);
    const radius = (ring: Point[]) => {
      const c = { x: ring.reduce((s, p) => s + p.x, 0) / ring.length, y: ring.reduce((s, p) => s + p.y, 0) / ring.length };
      return { c, r: Math.max(...ring.map((p) => Math.hypot(p.x - c.x, p.y - c.y))) };
    };
    for (const tip of tips) {
      // the last bubble of each trail touches its tip; the bubbles shrink toward it
      const trail = bubbles.map(radius).filter((b) => Math.hypot(b.c.x - tip.x, b.c.y - tip.y) < 200);
      trail.sort((a, b) => Math.hypot(a.c.x - tip.x, a.c.y - tip.y) - Math.hypot(b.c.x - tip.x, b.c.y - tip.y));
      expect(Math.hypot(trail[0].c.x - tip.x, trail[0].c.y - tip.y)).toBeCloseTo(trail[0].r, 0);
      for (let i = 1; i < trail.length; i++) expect(trail[i].r).toBeGreaterThan(trail[i - 1].r);
    }
  });

  it('keeps the shout\'s spikes inside the box', () => {
    for (const p of subpaths(balloonOutline(balloon('shout')).commands)[0]) expect(inside(p, BOX)).toBe(true);
  });

  it('draws narration as its box and sfx as nothing but its letters', () => {
    const n = balloonOutline(balloon('narration', [{ x: 0, y: 0 }]));
    // inset by half the stroke, so the whole line stays inside the box
    expect(vertices(n.commands)).toEqual([
      { x: 102, y: 52 }, { x: 398, y: 52 }, { x: 398, y: 208 }, { x: 102, y: 208 },
    ]);
    const sfx = balloonOutline(balloon('sfx'));
    expect(sfx.commands).toEqual([]);
    expect(inside({ x: BOX.x, y: BOX.y }, sfx.bounds) && inside({ x: BOX.x + BOX.w, y: BOX.y + BOX.h }, sfx.bounds)).toBe(true);
  });

  it('is the same for the same balloon, and a cloud of another id is drawn differently', () => {
    expect(toSvgPath(balloonOutline(balloon('thought')).commands)).toBe(toSvgPath(balloonOutline(balloon('thought')).commands));
    expect(toSvgPath(balloonOutline(balloon('thought', [], 'b2')).commands)).not.toBe(toSvgPath(balloonOutline(balloon('thought')).commands));
  });

  it('ignores tips that are not numbers instead of drawing NaN', () => {
    const o = balloonOutline(balloon('speech', [{ x: Number.NaN, y: 5 }]));
    expect(toSvgPath(o.commands)).not.toMatch(/NaN|Infinity/);
  });
});

describe('toSvgPath and traceOutline', () => {
  const commands: PathCommand[] = [
    { op: 'M', x: 0, y: 0 },
    { op: 'L', x: 10.123, y: 0 },
    { op: 'Q', x1: 12, y1: 5, x: 10, y: 10 },
    { op: 'C', x1: 5, y1: 12, x2: 1, y2: 12, x: 0, y: 10 },
    { op: 'Z' },
  ];

  it('writes an SVG path', () => {
    expect(toSvgPath(commands)).toBe('M0 0L10.12 0Q12 5 10 10C5 12 1 12 0 10Z');
  });

  it('traces the same path on a canvas', () => {
    const calls: string[] = [];
    const rec = (name: string) => (...args: number[]) => void calls.push(`${name}(${args.join(',')})`);
    traceOutline(
      { beginPath: rec('beginPath'), moveTo: rec('moveTo'), lineTo: rec('lineTo'), quadraticCurveTo: rec('quadraticCurveTo'), bezierCurveTo: rec('bezierCurveTo'), closePath: rec('closePath') },
      commands,
    );
    expect(calls).toEqual(['beginPath()', 'moveTo(0,0)', 'lineTo(10.123,0)', 'quadraticCurveTo(12,5,10,10)', 'bezierCurveTo(5,12,1,12,0,10)', 'closePath()']);
  });
});
