// Sky by time of day: gradient, sun or moon, clouds, stars.
import type { Rng } from '../../../../../core/rng.js';
import type { TimeOfDay } from '../../scene-graph.js';
import { SKY } from '../palette.js';
import type { Pen } from '../pen.js';

export function drawSky(pen: Pen, rng: Rng, time: TimeOfDay): void {
  const h = pen.setting.horizon;
  pen.gradient(0, h + 0.01, SKY[time][0], SKY[time][1], 0);
  const x = rng.range(0.1, 0.9);
  if (time === 'night') {
    pen.detail(() => {
      for (let i = 0; i < 14; i++) pen.ellipse(rng.next(), rng.range(0, h - 0.05), 0.004, 0.004, '#ffffff', 0, false);
    });
    pen.ellipse(x, rng.range(0.08, 0.2), 0.045, 0.045, '#fff4c2', 0);
  } else {
    const y = time === 'sunset' ? h - 0.06 : rng.range(0.06, 0.16);
    pen.ellipse(x, y, 0.055, 0.055, time === 'sunset' ? '#ffd27a' : '#ffe45c', 0);
    for (let i = rng.int(3); i >= 0; i--) cloud(pen, rng.next(), rng.range(0.08, h - 0.15), time);
  }
}

function cloud(pen: Pen, x: number, y: number, time: TimeOfDay): void {
  const c = time === 'sunset' ? '#ffe1c8' : '#ffffff';
  const puffs = [[x, y, 0.08, 0.03], [x - 0.03, y - 0.015, 0.04, 0.03], [x + 0.03, y - 0.02, 0.045, 0.035]];
  // Outlined first, then filled again without outline: one silhouette, no inner lines.
  for (const [cx, cy, rx, ry] of puffs) pen.ellipse(cx, cy, rx, ry, c, 0);
  for (const [cx, cy, rx, ry] of puffs) pen.ellipse(cx, cy, rx, ry, c, 0, false);
}
