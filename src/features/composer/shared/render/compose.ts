// Renders one scene graph at one size: background and fixture layers from canvas, sprites
// composited far → near in plain JS, the depth map built from the same silhouettes. Any width × height:
// x runs over the width, y and sprite sizes over the height (the dataset's squares are the case width == height).
import { createRng, deriveSeed, hashString } from '../../../../core/rng.js';
import { setting as settingById, type Setting } from '../catalog/settings.js';
import { groundDepth } from '../scene/perspective.js';
import { spotBox } from '../scene/placement.js';
import type { DepthMap, RgbaImage } from '../../../../core/rgba-image.js';
import type { SceneGraph, SceneObject } from '../scene-graph.js';
import { drawFixture, drawRoom } from './background/indoor.js';
import { drawOutdoor } from './background/outdoor.js';
import { LIGHT } from './palette.js';
import { Pen, type Mode } from './pen.js';
import type { Frame, RenderKit, Sprite } from './render-kit.js';
import { applyStyle, applyStyleRgba } from './styles.js';

export interface RenderedScene {
  width: number;
  height: number;
  /** RGB, row-major, width*height*3. */
  rgb: Uint8Array;
  /** 0 far … 255 near, width*height. */
  depth: Uint8Array;
}

/** The composited scene before its art style: RGBA (alpha meaningless) and depth, width*height each. */
export interface SceneLayers {
  rgba: Uint8ClampedArray;
  depth: Uint8Array;
}

/** Sprite pixels at least this opaque belong to the silhouette in the depth map. */
export const OPAQUE = 110;

/** One pass of background (or fixture layer) drawing, returned as RGBA pixels. */
function drawLayer(kit: RenderKit, scene: SceneGraph, s: Setting, frame: Frame, seed: number, mode: Mode, fixtures: boolean): Uint8ClampedArray {
  const ctx = kit.canvas(frame.width, frame.height);
  const pen = new Pen(ctx, frame, mode, s);
  const aspect = frame.width / frame.height;
  // The same stream in both passes so colour and depth backgrounds match shape for shape.
  const rng = createRng(deriveSeed(seed, hashString(scene.id)));
  if (fixtures) for (const f of s.surfaces) drawFixture(pen, f, scene.time);
  else if (s.indoor) drawRoom(pen, rng, scene.time, scene.objects.filter((o) => o.zone === 'wall').map((o) => spotBox(o, o.count, aspect)));
  else drawOutdoor(pen, rng, scene.time);
  return ctx.getImageData(0, 0, frame.width, frame.height).data;
}

function blendLayer(rgba: Uint8ClampedArray, depth: Uint8Array, layer: Uint8ClampedArray, layerDepth: Uint8ClampedArray): void {
  for (let p = 0, q = 0; q < depth.length; p += 4, q++) {
    const a = layer[p + 3];
    if (a === 0) continue;
    const t = a / 255;
    rgba[p] += (layer[p] - rgba[p]) * t;
    rgba[p + 1] += (layer[p + 1] - rgba[p + 1]) * t;
    rgba[p + 2] += (layer[p + 2] - rgba[p + 2]) * t;
    if (a > 110) depth[q] = layerDepth[p];
  }
}

export interface MemberPlacement {
  sprite: Sprite;
  left: number;
  top: number;
  flip: boolean;
}

/** Where each member of a group is drawn (pixel offsets of its sprite). */
export function memberPlacements(kit: Pick<RenderKit, 'sprite'>, o: SceneObject, frame: Frame): MemberPlacement[] {
  const H = frame.height;
  const sp = kit.sprite(o.hexcode, o.scale * H, o.accent);
  const aspect = frame.width / H;
  const out: MemberPlacement[] = [];
  for (let m = 0; m < o.count; m++) {
    // Members 0.72·scale·H px apart; written as one product so squares (aspect 1) keep the dataset's exact bytes.
    const cx = (o.x * aspect + (m - (o.count - 1) / 2) * 0.72 * o.scale) * H;
    // Alternate members stand a touch forward so a group does not look pasted in a row.
    const baseline = o.y * H + (m % 2) * o.scale * H * 0.04;
    const flip = o.count > 1 && o.zone !== 'surface' ? o.flip !== (m % 2 === 1) : o.flip;
    out.push({ sprite: sp, left: Math.round(cx - sp.width / 2), top: Math.round(baseline - sp.bottom - 1), flip });
  }
  return out;
}

function drawObject(kit: RenderKit, rgba: Uint8ClampedArray, depthMap: Uint8Array, frame: Frame, o: SceneObject, light: readonly number[]): void {
  const d = Math.round(o.depth * 255);
  const { width, height } = frame;
  for (const { sprite: sp, left, top, flip } of memberPlacements(kit, o, frame)) {
    for (let y = 0; y < sp.height; y++) {
      const ty = top + y;
      if (ty < 0 || ty >= height) continue;
      for (let x = 0; x < sp.width; x++) {
        const tx = left + x;
        if (tx < 0 || tx >= width) continue;
        const sx = flip ? sp.width - 1 - x : x;
        const s = (y * sp.width + sx) * 4;
        const a = sp.rgba[s + 3];
        if (a === 0) continue;
        const t = a / 255;
        const p = (ty * width + tx) * 4;
        // resvg pixels are premultiplied: source over = src + dst·(1 − a).
        rgba[p] = sp.rgba[s] * light[0] + rgba[p] * (1 - t);
        rgba[p + 1] = sp.rgba[s + 1] * light[1] + rgba[p + 1] * (1 - t);
        rgba[p + 2] = sp.rgba[s + 2] * light[2] + rgba[p + 2] * (1 - t);
        if (a > OPAQUE) depthMap[ty * width + tx] = d;
      }
    }
  }
}

/** The scene composited at `frame` before its art style; `seed` is the build seed (backgrounds vary with it). */
export function renderLayers(kit: RenderKit, scene: SceneGraph, frame: Frame, seed: number): SceneLayers {
  const s = settingById(scene.setting);
  const rgba = new Uint8ClampedArray(drawLayer(kit, scene, s, frame, seed, 'color', false));
  const bgDepth = drawLayer(kit, scene, s, frame, seed, 'depth', false);
  const depth = new Uint8Array(frame.width * frame.height);
  for (let q = 0; q < depth.length; q++) depth[q] = bgDepth[q * 4];
  const fixtureRgba = s.surfaces.length ? new Uint8ClampedArray(drawLayer(kit, scene, s, frame, seed, 'color', true)) : null;
  const fixtureDepth = s.surfaces.length ? drawLayer(kit, scene, s, frame, seed, 'depth', true) : null;
  const fixtureAt = s.surfaces.length ? groundDepth(s, s.surfaces[0].bottom) : Infinity;
  // Things under the light of the hour, but less than the background so they stay readable.
  const light = LIGHT[scene.time].map((k) => 1 - 0.5 * (1 - k));
  let fixtureDrawn = fixtureRgba === null;
  for (const o of scene.objects) {
    if (!fixtureDrawn && o.depth > fixtureAt) {
      blendLayer(rgba, depth, fixtureRgba!, fixtureDepth!);
      fixtureDrawn = true;
    }
    drawObject(kit, rgba, depth, frame, o, light);
  }
  if (!fixtureDrawn) blendLayer(rgba, depth, fixtureRgba!, fixtureDepth!);
  return { rgba, depth };
}

/** Render `scene` at `frame` (the dataset's squares: width == height) in its art style, as RGB and depth. */
export function renderScene(kit: RenderKit, scene: SceneGraph, frame: Frame, seed: number): RenderedScene {
  const { rgba, depth } = renderLayers(kit, scene, frame, seed);
  return { width: frame.width, height: frame.height, rgb: applyStyle(rgba, frame, scene.style), depth };
}

/** A composed picture: opaque RGBA in the scene's art style and its depth map, the same size. */
export interface ComposedPicture {
  image: RgbaImage;
  depth: DepthMap;
}

/** The largest side a composed picture may have (a webtoon panel is 800 px wide). */
export const MAX_FRAME_SIDE = 4096;

/** Why `frame` cannot be drawn, or null when it can. */
export function frameProblem(frame: Frame): string | null {
  const ok = (v: unknown) => Number.isInteger(v) && (v as number) >= 8 && (v as number) <= MAX_FRAME_SIDE;
  if (!frame || !ok(frame.width) || !ok(frame.height)) {
    return `a picture must be 8 … ${MAX_FRAME_SIDE} whole pixels a side, not ${frame?.width} × ${frame?.height}`;
  }
  return null;
}

/** Render `scene` at `frame` in its art style as the app's image types: opaque RGBA and the depth map. */
export function renderImage(kit: RenderKit, scene: SceneGraph, frame: Frame, seed: number): ComposedPicture {
  const problem = frameProblem(frame);
  if (problem) throw new RangeError(problem);
  const { rgba, depth } = renderLayers(kit, scene, frame, seed);
  const { width, height } = frame;
  return {
    image: { width, height, data: applyStyleRgba(rgba, frame, scene.style) },
    depth: { width, height, data: new Uint8ClampedArray(depth.buffer, depth.byteOffset, depth.length) },
  };
}
