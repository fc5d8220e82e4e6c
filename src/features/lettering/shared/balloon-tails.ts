// Who a balloon's tails point at: the speakers named before the colon, matched to the spots a composed layout
// knows, and the tips aimed at them — stopping short of the face, inside the panel.
import type { Balloon, BalloonKind, Box, Point, SpeakerSpot } from './lettering-contract';

/** Kinds that have tails (narration and sfx never do). */
export const TAILED_KINDS: readonly BalloonKind[] = ['speech', 'thought', 'shout', 'whisper'];

const norm = (name: string) => name.normalize('NFKC').trim().toLowerCase();

/** The names one balloon is spoken by: "Mina & Jun", "민지, 준호", "Mina and Jun" are two. */
export function speakersOf(speaker: string | undefined): string[] {
  if (!speaker || !speaker.trim()) return [];
  return speaker.split(/\s*[,，、&＆+/·]\s*|\s+and\s+/i).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The spots a balloon's speaker names match (by name or cast id, ignoring case), one per name; the whole
 * speaker string is tried first, so a spot named "Mr. Kim and Son" still matches as one.
 */
export function spotsFor(speaker: string | undefined, spots: readonly SpeakerSpot[]): { names: string[]; spots: SpeakerSpot[] } {
  const find = (name: string) => spots.find((s) => norm(s.name) === norm(name) || (s.castId !== undefined && norm(s.castId) === norm(name)));
  const whole = speaker ? find(speaker) : undefined;
  if (whole) return { names: [speaker!.trim()], spots: [whole] };
  const names = speakersOf(speaker);
  const found: SpeakerSpot[] = [];
  for (const name of names) {
    const spot = find(name);
    if (spot && !found.includes(spot)) found.push(spot);
  }
  return { names, spots: found };
}

/** Distance from the box's centre to the edge of its inscribed ellipse in direction (dx, dy) (a unit vector). */
function edgeDistance(box: Box, dx: number, dy: number): number {
  const rx = box.w / 2;
  const ry = box.h / 2;
  return 1 / Math.hypot(dx / rx, dy / ry);
}

/** How far along the ray (from p, direction d) it enters `face`, or Infinity. */
function entersAt(p: Point, d: Point, face: Box): number {
  let t0 = 0;
  let t1 = Infinity;
  for (const [o, v, lo, hi] of [[p.x, d.x, face.x, face.x + face.w], [p.y, d.y, face.y, face.y + face.h]] as const) {
    if (Math.abs(v) < 1e-9) {
      if (o < lo || o > hi) return Infinity;
      continue;
    }
    const a = (lo - o) / v;
    const b = (hi - o) / v;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 <= t1 ? t0 : Infinity;
}

export interface TailRoom {
  width: number;
  height: number;
  /** Faces (and other balloons) the tip must stop short of. */
  faces: readonly Box[];
}

const clampInside = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A tip on the way from the box toward `target`, at most `maxLength` beyond the balloon's edge. */
function tipToward(box: Box, target: Point, room: TailRoom, fontSize: number, stopShort: number): Point {
  const c = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const dist = Math.hypot(target.x - c.x, target.y - c.y);
  const d = dist > 1e-6 ? { x: (target.x - c.x) / dist, y: (target.y - c.y) / dist } : { x: 0, y: 1 };
  const edge = edgeDistance(box, d.x, d.y);
  const minLength = fontSize * 0.9;
  const maxLength = Math.max(fontSize * 3, Math.min(box.w, box.h));
  let reach = clampInside(dist - edge - stopShort, minLength, maxLength);
  // Never into a face or another balloon: the tip stops just before the first one on its way.
  for (const face of room.faces) {
    const enter = entersAt(c, d, face);
    if (Number.isFinite(enter) && enter > edge) reach = Math.min(reach, Math.max(Math.min(8, enter - edge), enter - edge - 8));
  }
  // and never out of the panel
  for (const [o, v, size] of [[c.x, d.x, room.width], [c.y, d.y, room.height]] as const) {
    if (v > 1e-9) reach = Math.min(reach, (size - 3 - o) / v - edge);
    if (v < -1e-9) reach = Math.min(reach, (3 - o) / v - edge);
  }
  reach = Math.max(0, reach);
  return { x: Math.round(c.x + d.x * (edge + reach)), y: Math.round(c.y + d.y * (edge + reach)) };
}

/**
 * Tails for a balloon at `box`: one per matched speaker aimed at their anchor; with no spot known, one per named
 * speaker (at least one) fanned out downward, toward the panel's middle.
 */
export function tailsFor(
  balloon: Pick<Balloon, 'kind' | 'speaker'>,
  box: Box,
  spots: readonly SpeakerSpot[],
  room: TailRoom,
  fontSize: number,
): Point[] {
  if (!TAILED_KINDS.includes(balloon.kind)) return [];
  const matched = spotsFor(balloon.speaker, spots);
  if (matched.spots.length > 0) return matched.spots.map((s) => tipToward(box, s.anchor, room, fontSize, fontSize * 0.6));
  const count = Math.max(1, Math.min(4, matched.names.length));
  const c = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  // Down and a little toward the panel's middle; away from the bottom edge when the balloon sits there.
  const toMiddle = clampInside((room.width / 2 - c.x) / room.width, -0.5, 0.5);
  const down = c.y < room.height * 0.75 ? 1 : -1;
  const base = Math.atan2(down, toMiddle * 1.2);
  const out: Point[] = [];
  for (let i = 0; i < count; i++) {
    const angle = base + (i - (count - 1) / 2) * 0.55;
    const edge = edgeDistance(box, Math.cos(angle), Math.sin(angle));
    const length = fontSize * 1.6;
    out.push(tipToward(box, { x: c.x + Math.cos(angle) * (edge + length), y: c.y + Math.sin(angle) * (edge + length) }, room, fontSize, 0));
  }
  return out;
}
