// The author's edits of a composed panel's layout, pure: move, scale, flip, delete, add an item, change the place
// and the time. Coordinates are the scene graph's: x over the panel's width, y (the baseline) and sizes over its
// height. Every edit returns a new layout (the old one stays, for undo) with the objects re-sorted far → near.
import { createRng, deriveSeed, hashString } from '../../../core/rng';
import { OBJECT_BY_ID, type ObjectKind } from './catalog/objects';
import { SETTING_BY_ID, type Setting } from './catalog/settings';
import type { PanelLayout } from './composer-contract';
import { MAX_SCALE, clamp01, groundDepth, scaleAt } from './scene/perspective';
import { groupWidth, placeGroup, spotBox, type Spot } from './scene/placement';
import { deriveRelations } from './scene/relations';
import { zonesOf } from './scene/sampler';
import { isInteraction, type Placement, type Relation, type SceneObject, type TimeOfDay } from './scene-graph';

/** An edit's outcome: the new layout and where the edited item now is (its index after the far → near sort). */
export interface LayoutEdit {
  layout: PanelLayout;
  /** Index of the edited or added item in the new layout; null when it was deleted. */
  index: number | null;
}

/** Smallest and largest sprite height an author may give (fractions of the panel's height). */
export const EDIT_MIN_SCALE = 0.04;
export const EDIT_MAX_SCALE = 0.95;

export function aspectOf(layout: Pick<PanelLayout, 'width' | 'height'>): number {
  return layout.width / layout.height;
}

function settingOf(layout: PanelLayout): Setting {
  const found = SETTING_BY_ID.get(layout.scene.setting);
  if (!found) throw new Error(`unknown setting "${layout.scene.setting}"`);
  return found;
}

function metresOf(o: SceneObject): number {
  return OBJECT_BY_ID.get(o.kind)?.size ?? 1;
}

/** Ground and water things stand on the ground plane: where they stand sets their depth and size. */
export function onGroundPlane(o: Pick<SceneObject, 'zone' | 'on'>): boolean {
  return (o.zone === 'ground' || o.zone === 'water') && o.on === null;
}

/** Lowest baseline (nearest the horizon) a ground-plane thing may take in a setting. */
function groundTop(s: Setting): number {
  return Math.min(0.98, Math.max(s.horizon, s.eye) + 0.02);
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * Objects sorted far → near (depth, then baseline, then their old order), relations carried to the new indexes:
 * spatial ones read again off the new layout (a moved thing is no longer "left of" what it passed), the
 * interactions (who acts on what) kept.
 */
function resorted(layout: PanelLayout, objects: SceneObject[], links: Relation[], tracked: SceneObject | null): LayoutEdit {
  const order = objects.map((o, i) => ({ o, i })).sort((p, q) => p.o.depth - q.o.depth || p.o.y - q.o.y || p.i - q.i);
  const newIndex = new Map(order.map(({ i }, k) => [i, k]));
  const sorted = order.map(({ o }) => o);
  const interactions = links
    .filter((r) => isInteraction(r.rel) && newIndex.has(r.a) && newIndex.has(r.b))
    .map((r) => ({ a: newIndex.get(r.a)!, rel: r.rel, b: newIndex.get(r.b)! }));
  const scene = { ...layout.scene, objects: sorted, relations: [...deriveRelations(sorted), ...interactions] };
  return { layout: { ...layout, scene }, index: tracked ? sorted.indexOf(tracked) : null };
}

function checkIndex(layout: PanelLayout, index: number): SceneObject {
  const o = layout.scene.objects[index];
  if (!o) throw new RangeError(`no item ${index} in a layout of ${layout.scene.objects.length}`);
  return o;
}

function replaceAt(layout: PanelLayout, index: number, changed: SceneObject): LayoutEdit {
  const objects = layout.scene.objects.map((o, i) => (i === index ? changed : o));
  return resorted(layout, objects, layout.scene.relations, changed);
}

/**
 * Moves item `index` so its group is centred at x with its baseline at y. On the ground plane the baseline is kept
 * below the horizon and the depth and size follow perspective (a thing moved nearer grows), keeping any size the
 * author gave it; a thing on a fixture, in the sky or on a wall keeps its size and depth.
 */
export function moveItem(layout: PanelLayout, index: number, x: number, y: number): LayoutEdit {
  const o = checkIndex(layout, index);
  const s = settingOf(layout);
  let next: SceneObject = { ...o, x: round3(clamp01(x)), y: round3(Math.min(1, Math.max(0.02, y))) };
  if (onGroundPlane(o)) {
    const ny = Math.min(1, Math.max(groundTop(s), y));
    const metres = metresOf(o);
    const before = scaleAt(s, o.y, metres);
    const after = scaleAt(s, ny, metres);
    // The author's own enlargement (or the action sprite's size) rides along: same ratio to the perspective size.
    const scale = before > 1e-6 ? o.scale * (after / before) : after;
    next = { ...next, y: round3(ny), scale: round3(clampScale(scale)), depth: round3(groundDepth(s, ny)) };
  } else {
    next = { ...next, y: round3(Math.max(next.y, o.scale * 0.5)) };
  }
  return replaceAt(layout, index, next);
}

function clampScale(scale: number): number {
  return Math.min(EDIT_MAX_SCALE, Math.max(EDIT_MIN_SCALE, scale));
}

/** Sets item `index`'s sprite height (fraction of the panel's height), its baseline and depth kept. */
export function scaleItem(layout: PanelLayout, index: number, scale: number): LayoutEdit {
  const o = checkIndex(layout, index);
  if (!Number.isFinite(scale)) throw new RangeError(`scale ${scale} is not a number`);
  return replaceAt(layout, index, { ...o, scale: round3(clampScale(scale)) });
}

/** Mirrors item `index`. */
export function flipItem(layout: PanelLayout, index: number): LayoutEdit {
  const o = checkIndex(layout, index);
  return replaceAt(layout, index, { ...o, flip: !o.flip });
}

/** Removes item `index` and every relation that names it. */
export function deleteItem(layout: PanelLayout, index: number): LayoutEdit {
  checkIndex(layout, index);
  const objects = layout.scene.objects.filter((_, i) => i !== index);
  const shift = (i: number) => (i > index ? i - 1 : i);
  const links = layout.scene.relations.filter((r) => r.a !== index && r.b !== index).map((r) => ({ ...r, a: shift(r.a), b: shift(r.b) }));
  const edit = resorted(layout, objects, links, null);
  // Looks of a cast member no longer drawn stay out of the panel's looks.
  const castIds = new Set(edit.layout.scene.objects.map((o) => o.castId).filter((id): id is string => !!id));
  const looks = Object.fromEntries(Object.entries(layout.looks).filter(([id]) => castIds.has(id)));
  return { layout: { ...edit.layout, looks }, index: null };
}

/** Share of the smaller box covered by the other (0 … 1), boxes as [x0, y0, x1, y1]. */
function overlap(a: readonly number[], b: readonly number[]): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]));
  return smaller > 0 ? (w * h) / smaller : 1;
}

/** Zones to try for `kind` in `s`, most usual first; the ground last, so any kind finds a place where it can. */
function zonesToTry(kind: ObjectKind, s: Setting): Placement[] {
  const offered = zonesOf(s);
  const own = kind.placement.filter((p) => offered.has(p));
  return own.includes('ground') ? own : [...own, 'ground'];
}

/**
 * A free spot for one `kind` among `others`: placement.ts's spots in the kind's zones, the one least covered
 * by the others (the first with no overlap wins). Null when the setting has nowhere for it.
 */
export function freeSpot(kind: ObjectKind, s: Setting, others: readonly SceneObject[], aspect: number, seed: number, count = 1): Spot | null {
  const rng = createRng(deriveSeed(seed, hashString(kind.id), hashString(s.id)));
  let best: { spot: Spot; cover: number } | null = null;
  for (const zone of zonesToTry(kind, s)) {
    for (let attempt = 0; attempt < 16; attempt++) {
      const spot = placeGroup(rng, s, { zone, count, bust: !!kind.bust, metres: kind.size, lane: s.lanes?.[kind.id], surfaces: kind.surfaces, aspect });
      if (!spot) continue;
      const box = spotBox(spot, count, aspect);
      const cover = Math.max(0, ...others.map((o) => overlap(box, spotBox(o, o.count, aspect))));
      if (!best || cover < best.cover) best = { spot, cover };
      if (cover === 0) return spot;
    }
    if (best) return best.spot;
  }
  return null;
}

export interface AddOptions {
  seed: number;
  /** A cast member this item draws (its look is the layout's `looks[castId]` where set). */
  castId?: string;
}

/** Adds one `kind` (a catalogue id) at a free spot; null when the kind is unknown or the place has nowhere for it. */
export function addItem(layout: PanelLayout, kindId: string, options: AddOptions): LayoutEdit | null {
  const kind = OBJECT_BY_ID.get(kindId);
  if (!kind) return null;
  const s = settingOf(layout);
  const spot = freeSpot(kind, s, layout.scene.objects, aspectOf(layout), deriveSeed(options.seed, layout.scene.objects.length));
  if (!spot) return null;
  const added: SceneObject = {
    kind: kind.id, count: 1, action: null,
    x: round3(spot.x), y: round3(spot.y), scale: round3(Math.min(MAX_SCALE, spot.scale)), depth: round3(spot.depth),
    on: spot.on, zone: spot.zone, hexcode: kind.hexcode, tone: 0, flip: false,
    ...(options.castId && { castId: options.castId }),
  };
  return resorted(layout, [...layout.scene.objects, added], layout.scene.relations, added);
}

/** Whether `o` can stay where it is when the place becomes `s`: its zone exists there, and so does its fixture. */
export function canStayIn(o: SceneObject, s: Setting): boolean {
  if (!zonesOf(s).has(o.zone)) return false;
  if (o.on !== null) return s.surfaces.some((f) => f.id === o.on && o.x >= f.x0 && o.x <= f.x1);
  if (o.zone === 'water') return !!s.water && o.y >= s.water[0] && o.y <= s.water[1];
  if (o.zone === 'ground') return o.y >= groundTop(s) && !(s.water && o.y < s.water[1] + 0.02);
  return true;
}

/**
 * Changes the place: what can stand in the new setting stays (a ground thing keeps its spot, its depth and size
 * read again by the new ground's perspective); what cannot (a wall clock outdoors, a thing on a table the place
 * lacks, a walker now in the sea) is placed again at a free spot.
 */
export function changeSetting(layout: PanelLayout, settingId: string, seed: number): PanelLayout {
  const to = SETTING_BY_ID.get(settingId);
  if (!to) throw new Error(`unknown setting "${settingId}"`);
  const from = settingOf(layout);
  if (to.id === from.id) return layout;
  const aspect = aspectOf(layout);
  // Each new object with the index it had, so relations follow it.
  const placed: { o: SceneObject; from: number }[] = [];
  const moved: number[] = [];
  layout.scene.objects.forEach((o, i) => {
    if (!canStayIn(o, to)) return moved.push(i);
    if (!onGroundPlane(o)) return placed.push({ o, from: i });
    const metres = metresOf(o);
    const before = scaleAt(from, o.y, metres);
    const scale = before > 1e-6 ? o.scale * (scaleAt(to, o.y, metres) / before) : scaleAt(to, o.y, metres);
    placed.push({ o: { ...o, scale: round3(clampScale(scale)), depth: round3(groundDepth(to, o.y)) }, from: i });
  });
  for (const i of moved) {
    const o = layout.scene.objects[i];
    const kind = OBJECT_BY_ID.get(o.kind);
    const spot = kind ? freeSpot(kind, to, placed.map((p) => p.o), aspect, deriveSeed(seed, i), o.count) : null;
    // A thing with nowhere to go in the new place is left out rather than drawn floating.
    if (!spot) continue;
    const at = { x: round3(spot.x), y: round3(spot.y), scale: round3(spot.scale), depth: round3(spot.depth), on: spot.on, zone: spot.zone };
    placed.push({ o: { ...o, ...at }, from: i });
  }
  const position = new Map(placed.map((p, k) => [p.from, k]));
  const links = layout.scene.relations
    .filter((r) => position.has(r.a) && position.has(r.b))
    .map((r) => ({ ...r, a: position.get(r.a)!, b: position.get(r.b)! }));
  return resorted({ ...layout, scene: { ...layout.scene, setting: to.id } }, placed.map((p) => p.o), links, null).layout;
}

/** Changes the time of day. */
export function changeTime(layout: PanelLayout, time: TimeOfDay): PanelLayout {
  return time === layout.scene.time ? layout : { ...layout, scene: { ...layout.scene, time } };
}

/** Box of item `index` in pixels of the composed drawing, [x, y, w, h] (what the editor draws and hit-tests). */
export function itemBoxPx(layout: PanelLayout, o: SceneObject): [number, number, number, number] {
  const w = groupWidth(o.scale, o.count, aspectOf(layout)) * layout.width;
  const h = o.scale * layout.height;
  return [o.x * layout.width - w / 2, (o.y - o.scale) * layout.height, w, h];
}
