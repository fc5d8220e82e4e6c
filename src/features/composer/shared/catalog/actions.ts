// What an actor kind (person, man, woman, boy, girl) can be doing; each action has its own sprite.
import type { Placement } from '../scene-graph.js';

export interface PersonAction {
  id: string;
  /** Sprite per gender; a missing gender falls back to `person`. */
  hex: { person: string; man?: string; woman?: string };
  zone: Extract<Placement, 'ground' | 'water'>;
  /** Height of the figure in metres (a cyclist is about as tall as a walker). */
  size: number;
  /** Head-and-shoulders sprite: placed behind a desk/counter/table where there is one. */
  bust?: boolean;
  /** Only drawn with its prop (scene/interactions.ts places both); never sampled on its own. */
  withProp?: boolean;
}

const act = (id: string, person: string, man: string | undefined, woman: string | undefined,
  zone: PersonAction['zone'] = 'ground', size = 1.7, bust = false): PersonAction =>
  ({ id, hex: { person, man, woman }, zone, size, bust });
const M = '-200D-2642-FE0F';
const F = '-200D-2640-FE0F';
const both = (id: string, base: string, zone: PersonAction['zone'] = 'ground', size = 1.7, sep = '') =>
  act(id, base, `${base}${sep}${M}`, `${base}${sep}${F}`, zone, size);

export const ACTIONS: readonly PersonAction[] = [
  both('standing', '1F9CD'),
  both('walking', '1F6B6'),
  both('running', '1F3C3'),
  both('biking', '1F6B4'),
  both('mountain_biking', '1F6B5'),
  act('skiing', '26F7', undefined, undefined),
  act('snowboarding', '1F3C2', undefined, undefined),
  both('surfing', '1F3C4', 'water'),
  both('swimming', '1F3CA', 'water', 0.9),
  both('rowing', '1F6A3', 'water', 1.2),
  both('playing_basketball', '26F9', 'ground', 1.7, '-FE0F'),
  both('lifting_weights', '1F3CB', 'ground', 1.6, '-FE0F'),
  both('cartwheeling', '1F938'),
  both('meditating', '1F9D8', 'ground', 1.0),
  act('dancing', '1F57A', '1F57A', '1F483'),
  both('juggling', '1F939'),
  both('golfing', '1F3CC', 'ground', 1.7, '-FE0F'),
  both('climbing', '1F9D7'),
  both('kneeling', '1F9CE', 'ground', 1.2),
  act('using_computer', '1F9D1-200D-1F4BB', '1F468-200D-1F4BB', '1F469-200D-1F4BB', 'ground', 1.75, true),
  act('cooking', '1F9D1-200D-1F373', '1F468-200D-1F373', '1F469-200D-1F373', 'ground', 1.75, true),
  act('riding_horse', 'E184', undefined, undefined, 'ground', 2.3),
  act('walking_dog', 'E182', undefined, undefined),
  // Interactions (scene/interactions.ts): the prop is its own object, so the sprite shows the person only.
  { ...both('playing_frisbee', '1F93E'), withProp: true },
  { ...act('cutting_cake', '1F9D1', '1F468', '1F469', 'ground', 1.75, true), withProp: true },
  { ...act('riding_motorcycle', '1F9D1', '1F468', '1F469', 'ground', 1.75, true), withProp: true },
];

export const ACTION_BY_ID: ReadonlyMap<string, PersonAction> = new Map(ACTIONS.map((a) => [a.id, a]));

export function personAction(id: string): PersonAction {
  const action = ACTION_BY_ID.get(id);
  if (!action) throw new Error(`unknown person action "${id}"`);
  return action;
}

/** The sprite for an actor of the given gender doing `action`. */
export function actionHexcode(action: PersonAction, gender: 'neutral' | 'male' | 'female' | undefined): string {
  if (gender === 'male') return action.hex.man ?? action.hex.person;
  if (gender === 'female') return action.hex.woman ?? action.hex.person;
  return action.hex.person;
}
