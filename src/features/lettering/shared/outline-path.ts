// Path commands and the ellipse arithmetic the balloon outlines are built from. Angles are the ellipse's
// parametric angle t (point = centre + (rx cos t, ry sin t)); increasing t runs clockwise on screen (y down).
import type { LetteringCanvas } from './lettering-canvas';
import type { Box, Point } from './lettering-contract';

export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'Q'; x1: number; y1: number; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

export const TAU = Math.PI * 2;

export function pointAt(e: Ellipse, t: number): Point {
  return { x: e.cx + e.rx * Math.cos(t), y: e.cy + e.ry * Math.sin(t) };
}

/** Outward unit normal at angle t. */
export function normalAt(e: Ellipse, t: number): Point {
  const nx = e.ry * Math.cos(t);
  const ny = e.rx * Math.sin(t);
  const len = Math.hypot(nx, ny) || 1;
  return { x: nx / len, y: ny / len };
}

/** Length of the curve per unit of t at t. */
export function speedAt(e: Ellipse, t: number): number {
  return Math.hypot(e.rx * Math.sin(t), e.ry * Math.cos(t));
}

/** The angle of the ray from the centre toward p. */
export function angleToward(e: Ellipse, p: Point): number {
  return Math.atan2((p.y - e.cy) / e.ry, (p.x - e.cx) / e.rx);
}

/** (distance from the centre) / (the ellipse's radius that way): < 1 inside. */
export function ellipseReach(e: Ellipse, p: Point): number {
  return Math.hypot((p.x - e.cx) / e.rx, (p.y - e.cy) / e.ry);
}

/** Cubic Béziers along the ellipse from t0 to t1 (t1 > t0), each spanning at most a quarter turn. */
export function arcTo(e: Ellipse, t0: number, t1: number, out: PathCommand[]): void {
  const n = Math.max(1, Math.ceil((t1 - t0) / (Math.PI / 2) - 1e-9));
  const step = (t1 - t0) / n;
  const k = (4 / 3) * Math.tan(step / 4);
  for (let i = 0; i < n; i++) {
    const a = t0 + i * step;
    const b = a + step;
    const p0 = pointAt(e, a);
    const p1 = pointAt(e, b);
    out.push({
      op: 'C',
      x1: p0.x - k * e.rx * Math.sin(a),
      y1: p0.y + k * e.ry * Math.cos(a),
      x2: p1.x + k * e.rx * Math.sin(b),
      y2: p1.y - k * e.ry * Math.cos(b),
      x: p1.x,
      y: p1.y,
    });
  }
}

/** A closed ellipse (or circle) as its own subpath. */
export function closedEllipse(e: Ellipse, out: PathCommand[]): void {
  const start = pointAt(e, 0);
  out.push({ op: 'M', x: start.x, y: start.y });
  arcTo(e, 0, TAU, out);
  out.push({ op: 'Z' });
}

/** `count` angles spread evenly by length along the ellipse, from `start`, each nudged by `jitter(i)` of a step. */
export function evenAngles(e: Ellipse, count: number, start: number, jitter: (i: number) => number = () => 0): number[] {
  const samples = 720;
  const cumulative = [0];
  for (let i = 1; i <= samples; i++) {
    const t = start + ((i - 0.5) / samples) * TAU;
    cumulative.push(cumulative[i - 1] + speedAt(e, t) * (TAU / samples));
  }
  const total = cumulative[samples];
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const target = ((i + jitter(i)) / count) * total;
    while (j < samples && cumulative[j + 1] < target) j++;
    const span = cumulative[j + 1] - cumulative[j] || 1;
    out.push(start + ((j + (target - cumulative[j]) / span) / samples) * TAU);
  }
  return out;
}

/** Perimeter (Ramanujan's approximation). */
export function perimeter(e: Ellipse): number {
  const h = ((e.rx - e.ry) / (e.rx + e.ry)) ** 2;
  return Math.PI * (e.rx + e.ry) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

/** Bounding box of every point and control point (a little larger than the curve: safe for hit and cut tests). */
export function commandBounds(commands: readonly PathCommand[]): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = (x: number, y: number) => {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  };
  for (const c of commands) {
    if (c.op === 'Z') continue;
    add(c.x, c.y);
    if (c.op === 'Q' || c.op === 'C') add(c.x1, c.y1);
    if (c.op === 'C') add(c.x2, c.y2);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/** The commands as an SVG path `d` attribute. */
export function toSvgPath(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => {
      switch (c.op) {
        case 'M':
        case 'L':
          return `${c.op}${num(c.x)} ${num(c.y)}`;
        case 'Q':
          return `Q${num(c.x1)} ${num(c.y1)} ${num(c.x)} ${num(c.y)}`;
        case 'C':
          return `C${num(c.x1)} ${num(c.y1)} ${num(c.x2)} ${num(c.y2)} ${num(c.x)} ${num(c.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

/** Starts a new path on `ctx` and traces the commands into it (the caller fills and strokes). */
export function traceOutline(
  ctx: Pick<LetteringCanvas, 'beginPath' | 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'>,
  commands: readonly PathCommand[],
): void {
  ctx.beginPath();
  for (const c of commands) {
    if (c.op === 'M') ctx.moveTo(c.x, c.y);
    else if (c.op === 'L') ctx.lineTo(c.x, c.y);
    else if (c.op === 'Q') ctx.quadraticCurveTo(c.x1, c.y1, c.x, c.y);
    else if (c.op === 'C') ctx.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
    else ctx.closePath();
  }
}
