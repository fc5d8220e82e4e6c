// Colours by time of day: skies, grounds and walls, shaded for sunset and night.
import type { GroundType } from '../catalog/settings.js';
import type { TimeOfDay } from '../scene-graph.js';

export const SKY: Record<TimeOfDay, [string, string]> = {
  day: ['#6ec3f0', '#d6f0ff'],
  sunset: ['#e8685a', '#ffc870'],
  night: ['#0b1433', '#2a3a6e'],
};

export const GROUND: Record<GroundType, string> = {
  tile: '#e3ecf0', wood: '#c99560', carpet: '#b9a8d8', grass: '#7fc45a', sand: '#f2d898', snow: '#f3f7fb',
  road: '#6e7079', dirt: '#c79b68', concrete: '#bcbcbc', platform: '#cbc3b2', rock: '#a39381',
};

export const WALL: Record<string, string> = {
  bathroom: '#bfe6ea', bedroom: '#f5d6c8', office: '#dde4ea', kitchen: '#fbecbd', living_room: '#e6d6bb',
  restaurant: '#cf936f',
};

/** Per-channel light multipliers: warm at sunset, dim and blue at night. */
export const LIGHT: Record<TimeOfDay, [number, number, number]> = {
  day: [1, 1, 1],
  sunset: [1.0, 0.86, 0.74],
  night: [0.55, 0.6, 0.8],
};

/** A hex colour under the given light. */
export function lit(hex: string, time: TimeOfDay, amount = 1): string {
  const [r, g, b] = parseHex(hex);
  const light = LIGHT[time];
  const f = (c: number, k: number) => Math.round(c * (1 - amount + amount * k));
  return `rgb(${f(r, light[0])},${f(g, light[1])},${f(b, light[2])})`;
}

export function mixHex(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  const m = (x: number, y: number) => Math.round(x + (y - x) * t);
  return `#${[m(r1, r2), m(g1, g2), m(b1, b2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function parseHex(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
