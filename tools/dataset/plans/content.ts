// What one line says, decided before any wording: the place (named, implied, unknown or none), the time,
// the main person and their action, other things from a sampled scene, an unknown noun, a relation.
import type { Rng } from '../../../src/core/rng.js';
import { personAction } from '../../../src/features/composer/shared/catalog/actions.js';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects.js';
import { setting as settingById, SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { placeableKinds, sampleScene } from '../../../src/features/composer/shared/scene/sampler.js';
import type { TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { PLACELESS_ACTIONS } from './action-words.js';
import { KO_NAMES, EN_NAMES, type PersonName } from './names.js';
import { PLACE_WORDS } from './places.js';
import { KIND_GENDER } from './synonyms.js';
import { unknownsOf, type UnknownNoun } from './unknowns.js';

export type Lang = 'en' | 'ko';
export type PlaceMode = 'named' | 'implied' | 'unknown' | 'none';

export interface Group { kind: string; count: number }

export interface Actor extends Group {
  names: PersonName[];
  pronoun: boolean;
  /** The name comes with what they are ("Mina, a nurse," / "소녀 서연이"): the name span takes the kind. */
  described?: boolean;
  /** Said as a known referent ("the girl"), in stories. */
  definite?: boolean;
  /** Said by what they were just doing ("the rider"), in stories: a person span. */
  roleNoun?: string;
  gender: 'm' | 'f' | 'pl' | null;
  /** Catalogue action, or null (then `activity` is used when a verb is needed). */
  action: string | null;
}

export interface Interaction { rel: 'pulls' | 'uses' | 'plays_with' | 'rides' | 'cuts'; agent: 'actor' | 'thing' }

export interface LineContent {
  lang: Lang;
  /** The setting the kinds were sampled from (stated only when placeMode is named or implied). */
  scene: string;
  placeMode: PlaceMode;
  time: TimeOfDay | null;
  actor: Actor | null;
  actor2: Actor | null;
  things: Group[];
  unknown: UnknownNoun | null;
  unknownPlace: UnknownNoun | null;
  /** Implied-place phrase (places.ts markup) when placeMode is implied. */
  implied: string | null;
  spatial: string | null;
  interaction: Interaction | null;
}

export const ACTOR_KINDS = ['person', 'man', 'woman', 'boy', 'girl'];
const ACTOR_WEIGHTS = [26, 20, 20, 17, 17];
const SPATIAL = ['next_to', 'next_to', 'left_of', 'right_of', 'in_front_of', 'behind', 'on'];
// Props an interaction may act on, and who may act.
const PROPS: Record<Interaction['rel'], string[]> = {
  pulls: ['carriage'],
  uses: ['phone', 'camera', 'printer', 'coffee_maker', 'espresso_machine', 'washing_machine', 'radio'],
  plays_with: ['soccer_ball', 'basketball', 'tennis_ball', 'volleyball', 'football', 'baseball', 'kite', 'balloon', 'game_console'],
  rides: ['kick_scooter', 'skateboard', 'scooter', 'sled', 'tractor', 'roller_skate'],
  cuts: ['bread', 'pizza', 'watermelon', 'sandwich', 'shortcake'],
};
// Things a person can sit/stand on ("on the sofa"); other "on" pairs are left out.
const ON_TARGETS = new Set(['sofa', 'chair', 'armchair', 'rock', 'bathtub', 'skateboard']);

export function pickName(rng: Rng, lang: Lang, gender: 'm' | 'f' | null): PersonName {
  const pool = lang === 'en' ? EN_NAMES : KO_NAMES;
  for (let i = 0; i < 20; i++) {
    const n = rng.pick(pool);
    if (!gender || !n.gender || n.gender === gender) return n;
  }
  return rng.pick(pool);
}

function genderOf(kind: string, count: number, names: PersonName[], rng: Rng): Actor['gender'] {
  if (count > 1 || names.length > 1) return 'pl';
  if (KIND_GENDER[kind] !== undefined && KIND_GENDER[kind] !== null) return KIND_GENDER[kind];
  if (names[0]?.gender) return names[0].gender;
  return rng.chance(0.5) ? 'm' : 'f';
}

export interface ActorOptions { setting: string | null; nameP: number; pronounP: number; actionP: number; lang: Lang; noRole?: boolean }

// People who are drawn as they are (no action sprite): a grandma, a nurse, a student, a baby.
const ROLE_KINDS = ['old_man', 'old_woman', 'baby', 'doctor', 'student', 'artist', 'singer', 'police_officer', 'barista'];

export function makeActor(rng: Rng, o: ActorOptions): Actor {
  const roles = ROLE_KINDS.filter((k) => !o.setting || settingById(o.setting).kinds.includes(k));
  const role = !o.noRole && roles.length > 0 && rng.chance(0.12);
  const kind = role ? rng.pick(roles) : rng.weighted(ACTOR_KINDS, ACTOR_WEIGHTS);
  const count = Math.min(rng.weighted([1, 2, 3], [78, 17, 5]), objectKind(kind).maxCount);
  const names: PersonName[] = [];
  const want = KIND_GENDER[kind] ?? null;
  if (rng.chance(o.nameP) && count <= 2) for (let i = 0; i < count; i++) names.push(pickName(rng, o.lang, want));
  const gender = genderOf(kind, count, names, rng);
  const fixedGender = gender === 'pl' ? null : gender;
  if (names.length === 1 && names[0].gender && fixedGender && names[0].gender !== fixedGender) names[0] = pickName(rng, o.lang, fixedGender);
  const actions = o.setting ? settingById(o.setting).actions : PLACELESS_ACTIONS;
  const action = !role && rng.chance(o.actionP) ? rng.pick(actions) : null;
  return { kind, count, names, pronoun: names.length === 0 && rng.chance(o.pronounP), gender, action,
    described: names.length === 1 && rng.chance(0.12) };
}

export interface Mix { noPlace: number; unknownPlace: number; implied: number; time: number; unknown: number; name: number }
export const LINE_MIX: Mix = { noPlace: 0.2, unknownPlace: 0.06, implied: 0.13, time: 0.26, unknown: 0.1, name: 0.4 };

export function sampleContent(rng: Rng, lang: Lang, id: string, mix: Mix = LINE_MIX): LineContent {
  const scene = sampleScene(rng, id, { style: 'ink' });
  const s = settingById(scene.setting);
  const r = rng.next();
  let placeMode: PlaceMode = r < mix.noPlace ? 'none' : r < mix.noPlace + mix.unknownPlace ? 'unknown'
    : r < mix.noPlace + mix.unknownPlace + mix.implied ? 'implied' : 'named';
  const places = PLACE_WORDS[s.id];
  let implied: string | null = null;
  if (placeMode === 'implied') {
    const list = lang === 'en' ? places.enImplied : places.koImplied;
    if (list.length === 0) placeMode = 'named';
    else implied = rng.pick(list);
  }
  const stated = placeMode === 'named' || placeMode === 'implied' ? s.id : null;
  const impliedAction = implied?.includes('>') ? implied.split('>')[0] : null;
  const hasThings = scene.objects.some((o) => !ACTOR_KINDS.includes(o.kind) && !objectKind(o.kind).onlyWith);
  const wantActor = implied !== null || !hasThings || rng.chance(0.78);
  const actor = wantActor ? makeActor(rng, { setting: stated, nameP: mix.name, pronounP: 0.22, actionP: 0.82, lang, noRole: implied?.includes('>') }) : null;
  if (actor && implied) actor.action = impliedAction;
  const actor2 = actor && !implied && rng.chance(0.12)
    ? makeActor(rng, { setting: stated, nameP: mix.name, pronounP: 0, actionP: 0.9, lang }) : null;
  // Other things: the sampled scene's non-actor groups (they fit the setting by construction).
  const things = scene.objects
    .filter((o) => !ACTOR_KINDS.includes(o.kind) && !objectKind(o.kind).onlyWith)
    .map((o) => ({ kind: o.kind, count: o.count }));
  // Now and then a kind the sampler seldom places (a mushroom), still one that fits the setting.
  if (rng.chance(0.1)) {
    const extra = rng.pick(placeableKinds(s).filter((k) => !k.actor && !k.onlyWith && k.category !== 'person'));
    const r2 = rng.next();
    if (!things.some((t) => t.kind === extra.id)) things.unshift({ kind: extra.id, count: Math.min(extra.maxCount, r2 < 0.55 ? 1 : r2 < 0.8 ? 2 : r2 < 0.93 ? 3 : 4) });
  }
  const shuffled = rng.shuffle(things).slice(0, 2);
  let interaction: Interaction | null = null;
  let spatial: string | null = null;
  if (rng.chance(0.22)) {
    const rel = rng.pick(Object.keys(PROPS)) as Interaction['rel'];
    const props = PROPS[rel].filter((k) => !stated || s.kinds.includes(k));
    if (rel === 'pulls' && (!stated || (s.kinds.includes('horse') && s.kinds.includes('carriage'))) && rng.chance(0.5)) {
      shuffled.splice(0, 2, { kind: 'horse', count: 1 }, { kind: 'carriage', count: 1 });
      interaction = { rel, agent: 'thing' };
    } else if (rel !== 'pulls' && props.length > 0 && actor && !implied) {
      shuffled.splice(0, 1, { kind: rng.pick(props), count: 1 });
      actor.action = null; // the interaction verb is what the person does
      interaction = { rel, agent: 'actor' };
    }
  } else if (rng.chance(0.2) && shuffled.length > 0) {
    spatial = rng.pick(SPATIAL);
    if (spatial === 'on' && !ON_TARGETS.has(shuffled[shuffled.length - 1].kind)) spatial = 'next_to';
  }
  const unknown = rng.chance(mix.unknown) ? rng.pick(unknownsOf(rng.chance(0.5) ? 'creature' : rng.chance(0.6) ? 'thing' : 'job')) : null;
  const unknownPlace = placeMode === 'unknown' ? rng.pick(unknownsOf('place')) : null;
  if (actor && !stated && actor.action && !PLACELESS_ACTIONS.includes(actor.action)) actor.action = rng.pick(PLACELESS_ACTIONS);
  return {
    lang, scene: s.id, placeMode, time: rng.chance(mix.time) ? scene.time : null, actor, actor2, things: shuffled,
    unknown, unknownPlace, implied, spatial, interaction,
  };
}

/** Every setting id, for tests. */
export const SETTING_IDS = SETTINGS.map((s) => s.id);
export const isWithProp = (action: string) => !!personAction(action).withProp;
