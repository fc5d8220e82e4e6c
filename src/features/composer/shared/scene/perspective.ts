// Ground-plane perspective: where a thing stands (its baseline y) sets its size and its depth.
import type { Setting } from '../catalog/settings.js';

/** Camera height in metres above the floor (indoors) / ground (outdoors). */
const CAMERA_HEIGHT = { indoor: 1.5, outdoor: 1.6 };
/** Depth of the back wall (indoors) / the horizon (outdoors) before objects are brighter. */
const FAR_DEPTH = { indoor: 0.22, outdoor: 0.04 };
export const SKY_DEPTH = 0;
export const MIN_SCALE = 0.18;
export const MAX_SCALE = 0.62;

/**
 * Visual height in metres: small things are enlarged and huge things shrunk (a compressed
 * power law) so a cup and a bus both read at 64 px while keeping their order of size.
 */
export function visualHeight(metres: number): number {
  const ref = 1.7;
  return metres < ref ? ref * Math.pow(metres / ref, 0.45) : ref * Math.pow(metres / ref, 0.55);
}

/** Sprite height (fraction of image) of a thing `metres` tall standing at baseline y. */
export function scaleAt(setting: Setting, y: number, metres: number): number {
  const camera = setting.indoor ? CAMERA_HEIGHT.indoor : CAMERA_HEIGHT.outdoor;
  return (visualHeight(metres) / camera) * Math.max(0, y - setting.eye);
}

/** Baseline y at which a thing `metres` tall has sprite height `scale` (inverse of scaleAt). */
export function baselineForScale(setting: Setting, scale: number, metres: number): number {
  const camera = setting.indoor ? CAMERA_HEIGHT.indoor : CAMERA_HEIGHT.outdoor;
  return setting.eye + (scale * camera) / visualHeight(metres);
}

/** Depth (0 far … 1 near) of the ground at baseline y, linear in disparity like a real ground plane. */
export function groundDepth(setting: Setting, y: number): number {
  const far = setting.indoor ? FAR_DEPTH.indoor : FAR_DEPTH.outdoor;
  const t = (y - setting.horizon) / (1 - setting.horizon);
  return clamp01(far + (1 - far) * clamp01(t));
}

/** Depth of the back wall (indoors) or far horizon (outdoors). */
export function farDepth(setting: Setting): number {
  return setting.indoor ? FAR_DEPTH.indoor : FAR_DEPTH.outdoor;
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
