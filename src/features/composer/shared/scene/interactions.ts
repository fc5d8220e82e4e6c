// Interactions: a person (or a horse) staged together with the prop it acts on, so the picture reads
// as the act the thesis captions describe — a frisbee in the air beside players on grass, a cake on
// the table in front of the person cutting it, a computer on the desk in front of a child, a rider on
// a motorbike on a dirt road, a horse hitched to a carriage by the curb — plus a counter of appliances.
import type { Rng } from '../../../../core/rng.js';
import { actionHexcode, personAction } from '../catalog/actions.js';
import { objectKind, type ObjectKind } from '../catalog/objects.js';
import type { Setting, SurfaceFixture } from '../catalog/settings.js';
import type { InteractionKind, SceneObject } from '../scene-graph.js';
import { MAX_SCALE, MIN_SCALE, clamp01, groundDepth, scaleAt } from './perspective.js';
import { groupWidth, placeGroup, type Spot } from './placement.js';
import { withSkinTone } from './tones.js';

export interface Link { actor: SceneObject; rel: InteractionKind; prop: SceneObject }

/** What a recipe put in the scene: placed objects, who acts on what, kinds still to place, total groups. */
export interface Staged { objects: SceneObject[]; links: Link[]; wanted: string[]; groups: number }

/** `aspect` = frame width / height: x offsets derived from scales (fractions of the height) are divided by it. */
interface Recipe { id: string; chance: Record<string, number>; stage: (rng: Rng, s: Setting, aspect: number) => Staged | null }

const BUSTS = { neutral: '1F9D1', male: '1F468', female: '1F469' } as const;
const APPLIANCES = ['coffee_maker', 'espresso_machine', 'teapot', 'pot', 'frying_pan'];

function pickKind(rng: Rng, weights: Record<string, number>): ObjectKind {
  const ids = Object.keys(weights);
  return objectKind(ids[rng.weighted(ids.map((_, i) => i), ids.map((id) => weights[id]))]);
}

function object(rng: Rng, kind: ObjectKind, count: number, action: string | null, spot: Spot, base: string, flip = rng.chance(0.5)): SceneObject {
  const tone = kind.skinTones ? rng.int(6) : 0;
  const hexcode = withSkinTone(base, tone);
  return { kind: kind.id, count, action, ...spot, hexcode, tone: hexcode === base ? 0 : tone, flip };
}

/** Head-and-shoulders sprite of an actor whose prop is drawn on its own: a child's own bust, else an adult bust. */
function bustOf(kind: ObjectKind): string {
  return kind.bust ? kind.hexcode : BUSTS[kind.gender ?? 'neutral'];
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** A prop resting on `fixture` centred near x (null when its group cannot fit on the fixture). */
function onFixture(s: Setting, fixture: SurfaceFixture, kind: ObjectKind, count: number, x: number, maxScale: number, aspect: number): Spot | null {
  const scale = Math.min(maxScale, Math.max(MIN_SCALE * 0.8, scaleAt(s, fixture.bottom, kind.size)));
  const half = groupWidth(scale, count, aspect) / 2;
  const lo = fixture.x0 + half + 0.01, hi = fixture.x1 - half - 0.01;
  if (lo > hi) return null;
  return { x: clamp(x, lo, hi), y: fixture.top, scale, depth: clamp01(groundDepth(s, fixture.bottom) + 0.02), on: fixture.id, zone: 'surface' };
}

function fixtureAt(s: Setting, x: number): SurfaceFixture {
  return s.surfaces.find((f) => x >= f.x0 - 0.05 && x <= f.x1 + 0.05) ?? s.surfaces[0];
}

/** A person (bust) behind the table/desk/counter acting on a prop set on it in front of them. */
function atFixture(rng: Rng, s: Setting, aspect: number, weights: Record<string, number>, actionId: string, rel: InteractionKind,
  props: string[], count: (kind: ObjectKind) => number): Staged | null {
  const kind = pickKind(rng, weights);
  const action = personAction(actionId);
  const n = count(kind);
  const spot = placeGroup(rng, s, { zone: 'ground', count: n, bust: true, metres: action.size * (kind.size / 1.7), aspect });
  if (!spot) return null;
  const propKind = objectKind(rng.pick(props));
  // Smaller than the person and a little to one side, so the face shows above and beside it.
  const side = n === 1 ? ((rng.chance(0.5) ? 1 : -1) * spot.scale * 0.28) / aspect : 0;
  const propSpot = onFixture(s, fixtureAt(s, spot.x), propKind, n, spot.x + side, spot.scale * 0.5, aspect);
  if (!propSpot) return null;
  const actor = object(rng, kind, n, actionId, spot, bustOf(kind));
  const prop = object(rng, propKind, n, null, propSpot, propKind.hexcode);
  return { objects: [actor, prop], links: [{ actor, rel, prop }], wanted: [], groups: 2 + rng.weighted([0, 1, 2], [5, 4, 1]) };
}

const frisbee = (rng: Rng, s: Setting, aspect: number): Staged | null => {
  const kind = pickKind(rng, { boy: 3, girl: 3, man: 2, woman: 2, person: 1 });
  const action = personAction('playing_frisbee');
  const count = Math.min(kind.maxCount, rng.weighted([1, 2, 3], [3, 4, 2]));
  const spot = placeGroup(rng, s, { zone: 'ground', count, bust: false, metres: action.size * (kind.size / 1.7), aspect });
  if (!spot) return null;
  const disc = objectKind('frisbee');
  // In the air at hand height beside the players, as big as a disc at their distance reads (a quarter of a figure).
  const scale = clamp(spot.scale * 0.28, 0.05, 0.14);
  const reach = groupWidth(spot.scale, count, aspect) / 2 + (scale * 0.6) / aspect;
  const lo = scale / 2 / aspect + 0.01, hi = 1 - scale / 2 / aspect - 0.01;
  let x = spot.x + (rng.chance(0.5) ? reach : -reach);
  if (x < lo || x > hi) x = 2 * spot.x - x; // the other side
  if (x < lo || x > hi) return null;
  const y = spot.y - spot.scale * 0.55;
  const actor = object(rng, kind, count, 'playing_frisbee', spot, actionHexcode(action, kind.gender));
  const prop = object(rng, disc, 1, null, { x, y, scale, depth: spot.depth, on: null, zone: 'ground' }, disc.hexcode);
  return { objects: [actor, prop], links: [{ actor, rel: 'plays_with', prop }], wanted: [], groups: 2 + rng.weighted([0, 1, 2], [4, 4, 2]) };
};

const motorbike = (rng: Rng, s: Setting, aspect: number): Staged | null => {
  const kind = pickKind(rng, { man: 4, woman: 2, person: 1, boy: 0.5, girl: 0.5 });
  const bike = objectKind('motorcycle');
  const spot = placeGroup(rng, s, { zone: 'ground', count: 1, bust: false, metres: bike.size * 1.2, aspect });
  if (!spot) return null;
  const flip = rng.chance(0.5);
  // The rider's bust sits on the seat, a touch behind the middle, and the bike (nearer) hides the legs.
  const rider: Spot = {
    x: spot.x + ((flip ? 0.06 : -0.06) * spot.scale) / aspect, y: spot.y - spot.scale * 0.3, scale: spot.scale * (kind.bust ? 0.5 : 0.58),
    depth: spot.depth - 0.004, on: null, zone: 'ground',
  };
  const actor = object(rng, kind, 1, 'riding_motorcycle', rider, bustOf(kind), flip);
  const prop = object(rng, bike, 1, null, spot, bike.hexcode, flip);
  return { objects: [actor, prop], links: [{ actor, rel: 'rides', prop }], wanted: [], groups: 2 + rng.weighted([0, 1, 2], [4, 4, 2]) };
};

const carriage = (rng: Rng, s: Setting, aspect: number): Staged | null => {
  const horse = objectKind('horse');
  const cart = objectKind('carriage');
  for (let attempt = 0; attempt < 6; attempt++) {
    const y = rng.range(0.64, 0.8); // the kerb side of the road
    const sh = clamp(scaleAt(s, y, horse.size), MIN_SCALE, MAX_SCALE);
    const sc = clamp(scaleAt(s, y, cart.size), MIN_SCALE, MAX_SCALE);
    // Horse (facing left) in front of the shafts: its rear overlaps the shaft tips a little.
    const gap = (sc / 2 + sh * 0.3) / aspect;
    const span = gap + (sh / 2 + sc / 2) / aspect;
    if (span > 0.96) continue;
    const left = rng.range(0.02, 0.98 - span);
    const flip = rng.chance(0.5);
    const xh = flip ? left + span - sh / 2 / aspect : left + sh / 2 / aspect;
    const xc = flip ? xh - gap : xh + gap;
    const depth = groundDepth(s, y);
    const actor = object(rng, horse, 1, null, { x: xh, y, scale: sh, depth, on: null, zone: 'ground' }, horse.hexcode, flip);
    const prop = object(rng, cart, 1, null, { x: xc, y, scale: sc, depth, on: null, zone: 'ground' }, cart.hexcode, flip);
    return { objects: [actor, prop], links: [{ actor, rel: 'pulls', prop }], wanted: [], groups: 2 + rng.weighted([0, 1, 2], [4, 4, 2]) };
  }
  return null;
};

const appliances = (rng: Rng): Staged => {
  const wanted = rng.shuffle(APPLIANCES).slice(0, rng.weighted([2, 3], [1, 1]));
  return { objects: [], links: [], wanted, groups: wanted.length + (rng.chance(0.25) ? 1 : 0) };
};

const cake = (rng: Rng, s: Setting, aspect: number) => atFixture(rng, s, aspect, { woman: 4, man: 1.5, person: 1, girl: 1, boy: 1 }, 'cutting_cake', 'cuts',
  ['cake'], () => 1);
const computer = (rng: Rng, s: Setting, aspect: number) => atFixture(rng, s, aspect, { boy: 3, girl: 3, man: 1, woman: 1, person: 1 }, 'using_computer', 'uses',
  ['computer', 'computer', 'laptop'], (kind) => (kind.bust && rng.chance(0.45) ? 2 : 1));

/** Chance per setting that a scene there is built around the recipe. */
export const RECIPES: readonly Recipe[] = [
  { id: 'frisbee', chance: { park: 0.35, beach: 0.12 }, stage: frisbee },
  { id: 'cake', chance: { restaurant: 0.3, kitchen: 0.2 }, stage: cake },
  { id: 'computer', chance: { office: 0.45 }, stage: computer },
  { id: 'motorbike', chance: { countryside_road: 0.35 }, stage: motorbike },
  { id: 'carriage', chance: { city_street: 0.3 }, stage: carriage },
  { id: 'appliances', chance: { kitchen: 0.3 }, stage: appliances },
];

/** Stages an interaction for setting `s` with its recipe's chance, or returns null (an ordinary scene).
 *  `aspect` = frame width / height (1 for the dataset's squares). */
export function stageInteraction(rng: Rng, s: Setting, aspect = 1): Staged | null {
  const r = rng.next();
  let acc = 0;
  for (const recipe of RECIPES) {
    acc += recipe.chance[s.id] ?? 0;
    if (r < acc) return recipe.stage(rng, s, aspect);
  }
  return null;
}
