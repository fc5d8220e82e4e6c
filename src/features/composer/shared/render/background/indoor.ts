// Rooms: a wall with a window, a floor in perspective, and the setting's furniture fixture
// (counter, bed, desk, couch, table) drawn in its own layer so people can stand behind it.
import type { Rng } from '../../../../../core/rng.js';
import type { SurfaceFixture } from '../../catalog/settings.js';
import { farDepth, groundDepth } from '../../scene/perspective.js';
import type { TimeOfDay } from '../../scene-graph.js';
import { GROUND, SKY, WALL, lit, mixHex } from '../palette.js';
import type { Pen } from '../pen.js';

export function drawRoom(pen: Pen, rng: Rng, time: TimeOfDay, keepClear: readonly Box[] = []): void {
  const s = pen.setting;
  const wallDepth = farDepth(s);
  const wall = WALL[s.id] ?? '#e0d8c8';
  pen.rect(0, 0, 1, s.horizon, lit(wall, time, 0.7), wallDepth, false);
  drawWindow(pen, rng, time, wallDepth, keepClear);
  if (s.id === 'bathroom' || s.id === 'kitchen') wallTiles(pen, mixHex(wall, '#ffffff', 0.3), time, s.horizon);
  pen.rect(0, s.horizon - 0.025, 1, 0.025, lit(mixHex(wall, '#000000', 0.35), time, 0.7), wallDepth);
  pen.poly([0, s.horizon, 1, s.horizon, 1, 1, 0, 1], lit(GROUND[s.ground], time, 0.7), 'ground', false);
  floorPattern(pen, time);
}

/** Boxes [x0, y0, x1, y1] the window must keep clear of (pictures, clocks, mirrors on the wall). */
export type Box = [number, number, number, number];

function drawWindow(pen: Pen, rng: Rng, time: TimeOfDay, depth: number, keepClear: readonly Box[]): void {
  const s = pen.setting;
  const w = rng.range(0.2, 0.3);
  const h = rng.range(0.2, 0.26);
  const y = rng.range(0.08, Math.max(0.09, s.horizon - h - 0.12));
  const candidates = [rng.range(0.05, 0.3), rng.range(0.5, 0.95 - w), rng.range(0.05, 0.95 - w), 0.04, 0.96 - w];
  const x = candidates.find((cx) => keepClear.every(([x0, y0, x1, y1]) =>
    cx + w + 0.03 < x0 || cx - 0.03 > x1 || y + h + 0.03 < y0 || y - 0.03 > y1));
  if (x === undefined) return; // a wall full of pictures goes without a window
  pen.rect(x - 0.015, y - 0.015, w + 0.03, h + 0.03, '#f7f7f7', depth);
  pen.rect(x, y, w, h, SKY[time][1], depth * 0.5);
  pen.detail(() => {
    if (time === 'night') pen.ellipse(x + w * 0.7, y + h * 0.3, 0.025, 0.025, '#fff4c2', depth, true);
    if (time === 'sunset') pen.ellipse(x + w * 0.3, y + h * 0.85, 0.04, 0.04, '#ffe08a', depth, true);
  });
  pen.line(x + w / 2, y, x + w / 2, y + h, '#000', 1);
  pen.line(x, y + h / 2, x + w, y + h / 2, '#000', 1);
}

function wallTiles(pen: Pen, color: string, time: TimeOfDay, horizon: number): void {
  pen.detail(() => {
    pen.rect(0, horizon - 0.22, 1, 0.22, lit(color, time, 0.7), 0, false);
    for (let x = 0; x <= 1; x += 0.08) pen.line(x, horizon - 0.22, x, horizon, 'rgba(0,0,0,0.25)', 0.6);
    for (let y = horizon - 0.22; y < horizon; y += 0.055) pen.line(0, y, 1, y, 'rgba(0,0,0,0.25)', 0.6);
  });
}

function floorPattern(pen: Pen, time: TimeOfDay): void {
  const s = pen.setting;
  const joint = time === 'night' ? 'rgba(0,0,0,0.3)' : 'rgba(0,0,0,0.18)';
  if (s.ground === 'carpet') return;
  // Lines converging on a vanishing point at eye level read as a floor receding.
  for (let i = -6; i <= 6; i++) pen.line(0.5 + i * 0.06, s.horizon, 0.5 + i * 0.35, 1, joint, 0.7);
  if (s.ground === 'tile') {
    for (let t = 0.08; t < 1; t += t * 0.9) pen.line(0, s.horizon + t * 0.5, 1, s.horizon + t * 0.5, joint, 0.7);
  }
}

/** Fixtures as a separate layer, ordered by depth with the objects. */
export function drawFixture(pen: Pen, f: SurfaceFixture, time: TimeOfDay): void {
  const d = groundDepth(pen.setting, f.bottom);
  const w = f.x1 - f.x0;
  const L = (c: string) => lit(c, time, 0.75);
  switch (f.id) {
    case 'counter':
      pen.rect(f.x0, f.top, w, f.bottom - f.top, L('#f4f0e6'), d);
      pen.rect(f.x0, f.top - 0.02, w, 0.03, L('#8a8f98'), d);
      for (let x = f.x0 + 0.02; x + 0.13 < f.x1; x += 0.16) pen.rect(x, f.top + 0.05, 0.13, f.bottom - f.top - 0.08, L('#e3dccb'), d);
      break;
    case 'bed':
      pen.rect(f.x0, f.top - 0.22, 0.05, f.bottom - f.top + 0.22, L('#9b6b43'), d - 0.02);
      pen.rect(f.x0 + 0.03, f.top, w - 0.03, f.bottom - f.top, L('#ffffff'), d);
      pen.rect(f.x0 + 0.2, f.top + 0.01, w - 0.2, f.bottom - f.top - 0.01, L('#7fb3e0'), d);
      pen.ellipse(f.x0 + 0.11, f.top - 0.005, 0.07, 0.03, L('#ffffff'), d);
      break;
    case 'desk':
    case 'table': {
      const top = f.id === 'desk' ? '#b07a4a' : '#ffffff';
      pen.rect(f.x0 + 0.03, f.top, 0.03, f.bottom - f.top, L('#6b4a2e'), d);
      pen.rect(f.x1 - 0.06, f.top, 0.03, f.bottom - f.top, L('#6b4a2e'), d);
      pen.rect(f.x0, f.top - 0.01, w, f.id === 'table' ? 0.08 : 0.04, L(top), d);
      break;
    }
    case 'couch':
      pen.rect(f.x0, f.top - 0.16, w, 0.18, L('#d9685b'), d - 0.03);
      pen.rect(f.x0, f.top, w, f.bottom - f.top - 0.02, L('#e57c6e'), d);
      pen.rect(f.x0 - 0.03, f.top - 0.06, 0.06, f.bottom - f.top + 0.04, L('#c95a4e'), d);
      pen.rect(f.x1 - 0.03, f.top - 0.06, 0.06, f.bottom - f.top + 0.04, L('#c95a4e'), d);
      break;
  }
}
