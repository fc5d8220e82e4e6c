// The author's fixes over the model's plans: applied by line text (so reordering lines keeps each line's fixes),
// cast renames and kind changes applied to every line. Pure; nothing here mutates its inputs.
import {
  PLAN_TIMES,
  type CastMember,
  type PlanEdit,
  type PlanEdits,
  type PlanObject,
  type PlanTime,
  type ScenePlan,
  type TreatmentPlan,
} from './plan-contract';
import { CAST_CATEGORIES, type PlanCatalog } from './plan-catalog';

/** How many line edits are kept for lines the treatment no longer has (a line deleted and typed back keeps them). */
export const KEPT_ORPHAN_LINES = 50;
/** Caps on what a (possibly corrupted) stored edits object may hold. */
export const MAX_LINE_EDITS = 1000;
export const MAX_OBJECTS_PER_LINE = 12;
export const MAX_CAST_PER_LINE = 12;
export const MAX_COUNT = 99;
export const MAX_NAME_CHARS = 60;
export const MAX_LINE_KEY_CHARS = 2000;

export function emptyPlanEdits(): PlanEdits {
  return { lines: {}, cast: {} };
}

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** A record with no prototype, so a line called "__proto__" or "constructor" is just a line. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The model's plan with the author's edits over it. */
export function applyPlanEdits(plan: TreatmentPlan, edits: PlanEdits): TreatmentPlan {
  const castEdits = edits.cast ?? {};
  const cast = plan.cast.map((entry) => {
    const edit = own(castEdits, entry.id) ? castEdits[entry.id] : undefined;
    if (!edit) return { ...entry };
    const name = edit.name?.trim();
    return { ...entry, ...(name ? { name } : {}), ...(edit.kind ? { kind: edit.kind } : {}) };
  });
  const castById = new Map(cast.map((c) => [c.id, c]));
  const lineEdits = edits.lines ?? {};
  const plans = plan.plans.map((line) => applyLine(line, own(lineEdits, line.text) ? lineEdits[line.text] : undefined, castById));
  return { plans, cast };
}

function applyLine(line: ScenePlan, edit: PlanEdit | undefined, castById: Map<string, { id: string; name?: string; kind: string }>): ScenePlan {
  const confidence = { ...line.confidence };
  const carried = { setting: line.carried.setting, time: line.carried.time, cast: [...line.carried.cast] };
  let { setting, time } = line;
  // Renames and kind changes of the treatment's cast reach every line holding that id.
  let cast: CastMember[] = line.cast.map((member) => withCastEntry({ ...member }, castById.get(member.id)));
  let objects: PlanObject[] = line.objects.map((o) => ({ ...o }));
  if (edit) {
    if (edit.setting !== undefined) {
      setting = edit.setting;
      confidence.setting = 1;
      carried.setting = false;
    }
    if (edit.time !== undefined) {
      time = edit.time;
      confidence.time = 1;
      carried.time = false;
    }
    if (edit.cast !== undefined) {
      const ids = [...new Set(edit.cast)].filter((id) => castById.has(id));
      cast = ids.map((id) => cast.find((m) => m.id === id) ?? withCastEntry({ id, kind: castById.get(id)!.kind, confidence: 1 }, castById.get(id)));
      confidence.cast = 1;
      carried.cast = [];
    }
    if (edit.objects !== undefined) {
      objects = edit.objects.map((o) => ({ kind: o.kind, count: o.count, confidence: 1 }));
      confidence.objects = 1;
    }
  }
  carried.cast = carried.cast.filter((id) => cast.some((m) => m.id === id));
  // A relation whose cast member or object was edited away has nothing left to relate.
  const present = new Set([...cast.map((m) => m.id), ...objects.map((o) => o.kind)]);
  const relations = line.relations.filter((r) => present.has(r.a) && present.has(r.b)).map((r) => ({ ...r }));
  return { ...line, setting, time, cast, objects, relations, unknown: [...line.unknown], confidence, carried };
}

function withCastEntry(member: CastMember, entry: { name?: string; kind: string } | undefined): CastMember {
  if (!entry) return member;
  const out = { ...member, kind: entry.kind };
  if (entry.name !== undefined) out.name = entry.name;
  return out;
}

/** One line's edit merged over what was there (a slot set to undefined in `patch` is left as it was). */
export function withLineEdit(edits: PlanEdits, text: string, patch: PlanEdit): PlanEdits {
  const lines = record<PlanEdit>();
  for (const [key, value] of Object.entries(edits.lines)) if (key !== text) lines[key] = value;
  const merged: PlanEdit = { ...(own(edits.lines, text) ? edits.lines[text] : {}) };
  for (const key of ['setting', 'time', 'cast', 'objects'] as const) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  // Re-inserted last: the newest edit is the last one dropped when orphans are pruned.
  lines[text] = merged;
  return { lines, cast: { ...edits.cast } };
}

/** A cast member renamed or given another kind; an empty name clears the author's name. */
export function withCastEdit(edits: PlanEdits, id: string, patch: { name?: string; kind?: string }): PlanEdits {
  const cast = record<{ name?: string; kind?: string }>();
  for (const [key, value] of Object.entries(edits.cast)) cast[key] = value;
  const next = { ...(own(edits.cast, id) ? edits.cast[id] : {}) };
  if (patch.name !== undefined) {
    const name = patch.name.trim().slice(0, MAX_NAME_CHARS);
    if (name) next.name = name;
    else delete next.name;
  }
  if (patch.kind !== undefined) next.kind = patch.kind;
  if (next.name === undefined && next.kind === undefined) delete cast[id];
  else cast[id] = next;
  return { lines: { ...edits.lines }, cast };
}

/** Forgets the fixes of one line. */
export function withoutLineEdit(edits: PlanEdits, text: string): PlanEdits {
  const lines = record<PlanEdit>();
  for (const [key, value] of Object.entries(edits.lines)) if (key !== text) lines[key] = value;
  return { lines, cast: { ...edits.cast } };
}

/**
 * Keeps the edits of the treatment's current lines and of the newest `keepOrphans` lines it no longer has
 * (so deleting a line and typing it back keeps its fixes, but a long session does not grow the draft forever).
 */
export function prunePlanEdits(edits: PlanEdits, lines: readonly string[], keepOrphans = KEPT_ORPHAN_LINES): PlanEdits {
  const current = new Set(lines);
  const entries = Object.entries(edits.lines);
  const orphans = entries.filter(([key]) => !current.has(key)).map(([key]) => key);
  const keptOrphans = new Set(keepOrphans > 0 ? orphans.slice(-keepOrphans) : []);
  const out = record<PlanEdit>();
  for (const [key, value] of entries) if (current.has(key) || keptOrphans.has(key)) out[key] = value;
  return { lines: out, cast: { ...edits.cast } };
}

/** What the checks may look ids up in; without it only the shapes are checked. */
export interface EditCheck {
  catalog?: PlanCatalog;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function cleanCount(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const n = Math.round(value);
  return n < 1 ? undefined : Math.min(n, MAX_COUNT);
}

function cleanLine(raw: unknown, check: EditCheck): PlanEdit | undefined {
  if (!isObject(raw)) return undefined;
  const catalog = check.catalog;
  const out: PlanEdit = {};
  if (own(raw, 'setting')) {
    const s = raw.setting;
    if (s === null || (typeof s === 'string' && s && (!catalog || catalog.settings.some((c) => c.id === s)))) out.setting = s;
  }
  if (own(raw, 'time')) {
    const time = raw.time;
    if (time === null || PLAN_TIMES.includes(time as PlanTime)) out.time = time as PlanTime | null;
  }
  if (Array.isArray(raw.cast)) {
    out.cast = [...new Set(raw.cast.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 40))].slice(
      0,
      MAX_CAST_PER_LINE,
    );
  }
  if (Array.isArray(raw.objects)) {
    const byKind = new Map<string, number | null>();
    for (const o of raw.objects) {
      if (!isObject(o) || typeof o.kind !== 'string' || !o.kind) continue;
      const kind = catalog?.kinds.find((k) => k.id === o.kind);
      if (catalog && !kind) continue;
      const count = cleanCount(o.count);
      if (count === undefined || byKind.has(o.kind)) continue;
      byKind.set(o.kind, count === null || !kind ? count : Math.min(count, kind.maxCount));
      if (byKind.size >= MAX_OBJECTS_PER_LINE) break;
    }
    out.objects = [...byKind].map(([kind, count]) => ({ kind, count }));
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Reads edits from anywhere (IndexedDB, an event): anything malformed or naming an id the catalog lacks is dropped,
 * never thrown. With a catalog, cast kinds must be people or animals.
 */
export function validatePlanEdits(value: unknown, check: EditCheck = {}): PlanEdits {
  const out = emptyPlanEdits();
  out.lines = record<PlanEdit>();
  out.cast = record<{ name?: string; kind?: string }>();
  if (!isObject(value)) return out;
  if (isObject(value.lines)) {
    let n = 0;
    for (const [key, raw] of Object.entries(value.lines)) {
      if (!key.trim() || key.length > MAX_LINE_KEY_CHARS) continue;
      const line = cleanLine(raw, check);
      if (!line) continue;
      out.lines[key] = line;
      if (++n >= MAX_LINE_EDITS) break;
    }
  }
  if (isObject(value.cast)) {
    for (const [id, raw] of Object.entries(value.cast).slice(0, MAX_LINE_EDITS)) {
      if (!isObject(raw) || !id || id.length > 40) continue;
      const entry: { name?: string; kind?: string } = {};
      if (typeof raw.name === 'string' && raw.name.trim()) entry.name = raw.name.trim().slice(0, MAX_NAME_CHARS);
      if (typeof raw.kind === 'string' && raw.kind) {
        const kind = check.catalog?.kinds.find((k) => k.id === raw.kind);
        if (!check.catalog || (kind && CAST_CATEGORIES.includes(kind.category))) entry.kind = raw.kind;
      }
      if (entry.name !== undefined || entry.kind !== undefined) out.cast[id] = entry;
    }
  }
  return out;
}

/** Whether any fix is recorded. */
export function hasPlanEdits(edits: PlanEdits): boolean {
  return Object.keys(edits.lines).length > 0 || Object.keys(edits.cast).length > 0;
}

/**
 * The plans Generate passes to the strip, one per line: the edited plan whose text is that line, or null where the
 * planner has not read it (the line changed after the last plan).
 */
export function plansForLines(plan: TreatmentPlan | null, edits: PlanEdits, lines: readonly string[]): (ScenePlan | null)[] {
  if (!plan) return lines.map(() => null);
  const applied = applyPlanEdits(plan, edits).plans;
  return lines.map((line, i) => (applied[i]?.text === line ? applied[i] : applied.find((p) => p.text === line)) ?? null);
}
