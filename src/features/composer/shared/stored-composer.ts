// The composed panels as the draft store (and a project file) give them back: checked, never trusted. A damaged
// look or layout costs only itself (the panel is composed from its plan again), never the draft.
import { OBJECT_BY_ID } from './catalog/objects';
import { SETTING_BY_ID } from './catalog/settings';
import type { CastLook, PanelLayout } from './composer-contract';
import { STYLES, TIMES, type Placement, type Relation, type SceneObject, type SurfaceId } from './scene-graph';

/** What a draft keeps of its composed panels: one look per cast member, the author's layout per scene line. */
export interface ComposerDraft {
  /** Cast id ("c1") → look, the same in every panel of the treatment. */
  looks: Record<string, CastLook>;
  /** Scene line text → the layout the author edited (lines never edited have none: composed from the plan). */
  layouts: Record<string, PanelLayout>;
}

export function emptyComposerDraft(): ComposerDraft {
  return { looks: {}, layouts: {} };
}

/** Caps far above any real treatment, so a corrupted record cannot make the app build something enormous. */
export const MAX_STORED_LAYOUTS = 500;
export const MAX_STORED_OBJECTS = 32;
/** The composed drawing's largest side in pixels. */
export const MAX_LAYOUT_SIDE = 4000;

const PLACEMENTS: readonly Placement[] = ['ground', 'surface', 'sky', 'wall', 'water'];
const SURFACES: readonly SurfaceId[] = ['table', 'counter', 'desk', 'bed', 'couch'];
const RELATIONS: readonly Relation['rel'][] = ['on', 'next_to', 'left_of', 'right_of', 'in_front_of', 'behind', 'uses', 'plays_with', 'rides', 'cuts', 'pulls'];
const COLOUR = /^#[0-9a-f]{6}$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inRange = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
const isShortText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function readCastLook(value: unknown): CastLook | undefined {
  if (!isObject(value)) return undefined;
  const { variant, tone, accent, size } = value;
  if (!inRange(variant, 0, 64) || !Number.isInteger(variant) || !inRange(tone, 0, 5) || !Number.isInteger(tone)) return undefined;
  if (typeof accent !== 'string' || !COLOUR.test(accent) || !inRange(size, 0.5, 2)) return undefined;
  return { variant, tone, accent: accent.toLowerCase(), size };
}

function readObject(value: unknown): SceneObject | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (!isShortText(v.kind) || !OBJECT_BY_ID.has(v.kind)) return undefined;
  if (!inRange(v.count, 1, 4) || !Number.isInteger(v.count)) return undefined;
  if (!inRange(v.x, -1, 2) || !inRange(v.y, -1, 2) || !inRange(v.scale, 0.001, 2) || !inRange(v.depth, 0, 1)) return undefined;
  if (!PLACEMENTS.includes(v.zone as Placement) || !isShortText(v.hexcode, 80) || !/^[0-9A-Z-]+$/i.test(v.hexcode)) return undefined;
  if (v.on !== null && !SURFACES.includes(v.on as SurfaceId)) return undefined;
  if (v.action !== null && !isShortText(v.action)) return undefined;
  if (!inRange(v.tone, 0, 5) || typeof v.flip !== 'boolean') return undefined;
  const object: SceneObject = {
    kind: v.kind, count: v.count, action: v.action as string | null, x: v.x, y: v.y, scale: v.scale, depth: v.depth,
    on: v.on as SurfaceId | null, zone: v.zone as Placement, hexcode: v.hexcode, tone: v.tone, flip: v.flip,
  };
  if (isShortText(v.castId, 40)) object.castId = v.castId;
  if (typeof v.accent === 'string' && COLOUR.test(v.accent)) object.accent = v.accent;
  return object;
}

export function readPanelLayout(value: unknown): PanelLayout | undefined {
  if (!isObject(value) || !isObject(value.scene) || !isObject(value.looks)) return undefined;
  const { width, height } = value;
  if (!inRange(width, 16, MAX_LAYOUT_SIDE) || !inRange(height, 16, MAX_LAYOUT_SIDE)) return undefined;
  const s = value.scene;
  if (!isShortText(s.id) || !isShortText(s.setting) || !SETTING_BY_ID.has(s.setting)) return undefined;
  if (!TIMES.includes(s.time as never) || !STYLES.includes(s.style as never)) return undefined;
  if (!Array.isArray(s.objects) || s.objects.length > MAX_STORED_OBJECTS || !Array.isArray(s.relations)) return undefined;
  const objects = s.objects.map(readObject);
  // A layout with a damaged item is not the one the author made: drop it whole rather than draw part of it.
  if (objects.some((o) => !o)) return undefined;
  const relations = s.relations.flatMap((r): Relation[] => {
    if (!isObject(r) || !RELATIONS.includes(r.rel as Relation['rel'])) return [];
    const ok = (i: unknown): i is number => Number.isInteger(i) && (i as number) >= 0 && (i as number) < objects.length;
    return ok(r.a) && ok(r.b) ? [{ a: r.a, rel: r.rel as Relation['rel'], b: r.b }] : [];
  });
  return {
    scene: { id: s.id, setting: s.setting, time: s.time as PanelLayout['scene']['time'], style: s.style as PanelLayout['scene']['style'], objects: objects as SceneObject[], relations },
    width, height, looks: readLooks(value.looks),
  };
}

function readLooks(value: unknown): Record<string, CastLook> {
  const looks = Object.create(null) as Record<string, CastLook>;
  if (!isObject(value)) return looks;
  for (const [id, raw] of Object.entries(value).slice(0, MAX_STORED_OBJECTS * 4)) {
    const look = readCastLook(raw);
    if (look && isShortText(id, 40)) looks[id] = look;
  }
  return looks;
}

/** The stored composer data, every look and layout checked; what does not pass is left out. */
export function readStoredComposer(value: unknown): ComposerDraft {
  if (!isObject(value)) return emptyComposerDraft();
  const layouts = Object.create(null) as Record<string, PanelLayout>;
  if (isObject(value.layouts)) {
    for (const [line, raw] of Object.entries(value.layouts).slice(0, MAX_STORED_LAYOUTS)) {
      const layout = readPanelLayout(raw);
      if (layout && line.length > 0 && line.length <= 4000) layouts[line] = layout;
    }
  }
  return { looks: readLooks(value.looks), layouts };
}

/** Keeps only the layouts of lines the treatment still has (a deleted line's layout goes with it). */
export function pruneLayouts(draft: ComposerDraft, lines: readonly string[]): ComposerDraft {
  const keep = new Set(lines.map((l) => l.trim()));
  const entries = Object.entries(draft.layouts).filter(([line]) => keep.has(line));
  return entries.length === Object.keys(draft.layouts).length ? draft : { ...draft, layouts: Object.fromEntries(entries) };
}
