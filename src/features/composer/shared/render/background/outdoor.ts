// Outdoor settings: sky by time of day, then far scenery (mountains, buildings, stands, trees)
// and the ground with its marks (road lanes, field lines, tracks, pool, sea).
import type { Rng } from '../../../../../core/rng.js';
import { groundDepth } from '../../scene/perspective.js';
import type { TimeOfDay } from '../../scene-graph.js';
import { GROUND, lit } from '../palette.js';
import type { Pen } from '../pen.js';
import { drawSky } from './sky.js';

const FAR = 0.03;

export function drawOutdoor(pen: Pen, rng: Rng, time: TimeOfDay): void {
  const s = pen.setting;
  drawSky(pen, rng, time);
  const L = (c: string, a = 0.8) => lit(c, time, a);
  const h = s.horizon;
  switch (s.id) {
    case 'mountain': case 'ski_slope': mountains(pen, rng, L, h, s.id === 'ski_slope'); break;
    case 'forest': treeLine(pen, rng, L, h, 8, '#3f8a4a'); break;
    case 'park': case 'countryside_road': hills(pen, rng, L, h); break;
    case 'city_street': case 'train_station': buildings(pen, rng, L, h, time); break;
    case 'stadium': stands(pen, rng, L, h); break;
    case 'skatepark': case 'zoo': fence(pen, L, h); break;
    case 'swimming_pool': fence(pen, L, h); break;
  }
  pen.poly([0, h, 1, h, 1, 1, 0, 1], L(GROUND[s.ground]), 'ground', false);
  pen.line(0, h, 1, h, '#000', 1);
  switch (s.id) {
    case 'beach': sea(pen, L, s.water!); break;
    case 'swimming_pool': pool(pen, L, s.water!); break;
    case 'city_street': street(pen, L); break;
    case 'train_station': tracks(pen, L, h); break;
    case 'stadium': fieldLines(pen, h); break;
    case 'countryside_road': dirtRoad(pen, L, h); break;
    case 'skatepark': ramp(pen, L, h); break;
    case 'ski_slope': pen.detail(() => pen.line(0.1, 1, 0.6, h, 'rgba(120,150,190,0.5)', 2)); break;
    default: grassTufts(pen, rng, L, h);
  }
}

type Light = (c: string, a?: number) => string;

function mountains(pen: Pen, rng: Rng, L: Light, h: number, snowy: boolean): void {
  for (let i = 0; i < 3; i++) {
    const cx = rng.range(0.1, 0.9), peak = rng.range(0.12, h - 0.15), half = rng.range(0.25, 0.45);
    pen.poly([cx - half, h, cx, peak, cx + half, h], L(snowy ? '#9fb3c8' : '#7f8f9c'), FAR);
    const capY = peak + (h - peak) * 0.3, k = (capY - peak) / (h - peak);
    pen.poly([cx - half * k, capY, cx, peak, cx + half * k, capY], L('#ffffff'), FAR);
  }
}

function treeLine(pen: Pen, rng: Rng, L: Light, h: number, n: number, color: string): void {
  for (let i = 0; i < n; i++) {
    const x = (i + rng.range(0.1, 0.9)) / n, top = h - rng.range(0.12, 0.25), w = rng.range(0.05, 0.08);
    pen.rect(x - 0.008, h - 0.05, 0.016, 0.05, L('#6b4a2e'), FAR + 0.02);
    pen.poly([x - w, h - 0.03, x, top, x + w, h - 0.03], L(color), FAR + 0.02);
  }
}

function hills(pen: Pen, rng: Rng, L: Light, h: number): void {
  for (let i = 0; i < 2; i++) {
    const cx = rng.range(0.1, 0.9);
    pen.ellipse(cx, h, rng.range(0.3, 0.5), rng.range(0.06, 0.12), L(i ? '#8ccf6a' : '#6fb55a'), FAR);
  }
  treeLine(pen, rng, L, h, 3, '#4f9a4f');
}

function buildings(pen: Pen, rng: Rng, L: Light, h: number, time: TimeOfDay): void {
  let x = -0.05;
  while (x < 1) {
    const w = rng.range(0.14, 0.24), top = rng.range(0.08, h - 0.14);
    const color = rng.pick(['#c9b79c', '#a7b8c7', '#d8a98f', '#b5b0c9']);
    pen.rect(x, top, w, h - top, L(color), FAR + 0.03);
    const lit = time === 'night' ? '#ffe58a' : '#dff2ff';
    pen.detail(() => {
      for (let wy = top + 0.03; wy < h - 0.05; wy += 0.07) {
        for (let wx = x + 0.025; wx < x + w - 0.04; wx += 0.06) pen.rect(wx, wy, 0.03, 0.035, L(lit, 0.3), 0, false);
      }
    });
    x += w;
  }
}

function stands(pen: Pen, rng: Rng, L: Light, h: number): void {
  pen.poly([0, h - 0.22, 1, h - 0.22, 1, h, 0, h], L('#8d97a6'), FAR + 0.04);
  pen.detail(() => {
    for (let y = h - 0.2; y < h - 0.02; y += 0.04) {
      for (let x = rng.range(0, 0.03); x < 1; x += 0.035) {
        pen.ellipse(x, y, 0.008, 0.008, L(rng.pick(['#e85d5d', '#f2c14e', '#5d9de8', '#ffffff'])), 0, false);
      }
    }
  });
}

function fence(pen: Pen, L: Light, h: number): void {
  pen.rect(0, h - 0.1, 1, 0.1, L('#c7d0d6'), FAR + 0.05, false);
  for (let x = 0; x <= 1; x += 0.05) pen.line(x, h - 0.1, x, h, '#55606a', 0.8);
  pen.line(0, h - 0.1, 1, h - 0.1, '#55606a', 1);
}

function sea(pen: Pen, L: Light, [y0, y1]: [number, number]): void {
  pen.poly([0, y0 - 0.02, 1, y0 - 0.02, 1, y1, 0, y1], L('#3d9bd6'), 'ground');
  for (let y = y0 + 0.02; y < y1; y += 0.04) pen.line(0.1, y, 0.9, y, 'rgba(255,255,255,0.6)', 0.8);
}

function pool(pen: Pen, L: Light, [y0, y1]: [number, number]): void {
  pen.poly([0.04, y0 - 0.04, 0.96, y0 - 0.04, 1, y1, 0, y1], L('#4cc3e6'), 'ground');
  for (let i = 1; i < 5; i++) pen.line(0.04 + i * 0.184, y0 - 0.04, i * 0.2, y1, 'rgba(255,80,80,0.8)', 0.8);
}

function street(pen: Pen, L: Light): void {
  pen.poly([0, 0.46, 1, 0.46, 1, 0.56, 0, 0.56], L('#c3beb5'), 'ground');
  pen.poly([0, 0.8, 1, 0.8, 1, 1, 0, 1], L('#c3beb5'), 'ground');
  for (let x = 0.02; x < 1; x += 0.16) pen.line(x, 0.68, x + 0.08, 0.68, '#f5f1e1', 2);
}

function tracks(pen: Pen, L: Light, h: number): void {
  pen.poly([0, h + 0.02, 1, h + 0.02, 1, 0.62, 0, 0.62], L('#8b7a6a'), 'ground');
  pen.line(0, 0.55, 1, 0.55, '#4a4a4a', 1.5);
  pen.line(0, 0.6, 1, 0.6, '#4a4a4a', 1.5);
  pen.poly([0, 0.62, 1, 0.62, 1, 0.645, 0, 0.645], L('#f2cf3a'), 'ground');
  pen.poly([0, 0.02, 1, 0.02, 1, 0.07, 0, 0.07], L('#6b7480'), groundDepth(pen.setting, 0.95));
}

function fieldLines(pen: Pen, h: number): void {
  pen.line(0, h + 0.15, 1, h + 0.15, '#ffffff', 1.5);
  pen.line(0.5, h, 0.5, 1, '#ffffff', 1.5);
}

function dirtRoad(pen: Pen, L: Light, h: number): void {
  pen.poly([0.44, h, 0.56, h, 0.95, 1, 0.05, 1], L('#a77c52'), 'ground');
}

function ramp(pen: Pen, L: Light, h: number): void {
  pen.poly([0.62, h + 0.12, 0.98, h + 0.12, 0.98, h - 0.04], L('#9aa3ab'), groundDepth(pen.setting, h + 0.12));
}

function grassTufts(pen: Pen, rng: Rng, L: Light, h: number): void {
  pen.detail(() => {
    for (let i = 0; i < 10; i++) {
      const x = rng.next(), y = rng.range(h + 0.05, 1);
      pen.line(x, y, x - 0.01, y - 0.02, 'rgba(0,0,0,0.35)', 0.8);
      pen.line(x, y, x + 0.01, y - 0.02, 'rgba(0,0,0,0.35)', 0.8);
    }
  });
}
