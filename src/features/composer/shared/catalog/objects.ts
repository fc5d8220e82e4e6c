// The object kinds a ToonScenes scene may contain, each drawn with one OpenMoji sprite.
// Names (EN/KO) live in language/; this file only says what a kind is and where it fits.
import type { Placement, SurfaceId } from '../scene-graph.js';

export type Category =
  | 'person' | 'animal' | 'vehicle' | 'food' | 'kitchen' | 'furniture'
  | 'electronics' | 'sports' | 'scenery' | 'bathroom';

export interface ObjectKind {
  id: string;
  /** OpenMoji hexcode (file node_modules/openmoji/color/svg/<hexcode>.svg), or an X- id of render/art.ts. */
  hexcode: string;
  category: Category;
  /** Zones it may be placed in, first = most usual. */
  placement: Placement[];
  /** Rough real-world height in metres; scale follows it (compressed so small things stay visible). */
  size: number;
  /** Largest count drawn in one group (1 for things that come alone, e.g. a bus). */
  maxCount: number;
  /** People who can take a person action (catalog/actions.ts); others are drawn as they are. */
  actor?: boolean;
  /** Gender used to pick an action sprite (person/man/woman variants). */
  gender?: 'neutral' | 'male' | 'female';
  /** Sprite supports OpenMoji skin-tone modifiers. */
  skinTones?: boolean;
  /** Sprite shows only head and shoulders: placed behind a fixture where there is one. */
  bust?: boolean;
  /** Restricts which surfaces it may rest on (default: any surface of the setting). */
  surfaces?: SurfaceId[];
  /** Only placed by an interaction together with this kind (a carriage comes with its horse). */
  onlyWith?: string;
}

const G: Placement[] = ['ground'];
const S: Placement[] = ['surface'];
const row = (id: string, hexcode: string, category: Category, placement: Placement[], size: number,
  maxCount: number, extra: Partial<ObjectKind> = {}): ObjectKind =>
  ({ id, hexcode, category, placement, size, maxCount, ...extra });
const person = (id: string, hexcode: string, size: number, gender: ObjectKind['gender'], bust = false) =>
  row(id, hexcode, 'person', G, size, 3, { actor: true, gender, skinTones: true, bust });
const role = (id: string, hexcode: string) =>
  row(id, hexcode, 'person', G, 1.75, 2, { skinTones: true, bust: true });

export const OBJECTS: readonly ObjectKind[] = [
  // people: actors take actions (running, skiing…); standing sprites when idle
  person('person', '1F9CD', 1.7, 'neutral'),
  person('man', '1F9CD-200D-2642-FE0F', 1.78, 'male'),
  person('woman', '1F9CD-200D-2640-FE0F', 1.68, 'female'),
  person('boy', '1F466', 1.3, 'male', true),
  person('girl', '1F467', 1.3, 'female', true),
  row('old_man', '1F474', 'person', G, 1.7, 2, { skinTones: true, bust: true }),
  row('old_woman', '1F475', 'person', G, 1.6, 2, { skinTones: true, bust: true }),
  row('baby', '1F476', 'person', G, 0.7, 2, { skinTones: true, bust: true }),
  role('police_officer', '1F46E'),
  role('doctor', '1F9D1-200D-2695-FE0F'),
  role('student', '1F9D1-200D-1F393'),
  role('artist', '1F9D1-200D-1F3A8'),
  role('singer', '1F9D1-200D-1F3A4'),
  row('barista', 'E185', 'person', G, 1.75, 1, { bust: true }),
  // animals
  row('dog', '1F415', 'animal', G, 0.7, 3),
  row('cat', '1F408', 'animal', ['ground', 'surface'], 0.45, 3, { surfaces: ['bed', 'couch'] }),
  row('horse', '1F40E', 'animal', G, 1.7, 3),
  row('cow', '1F404', 'animal', G, 1.5, 4),
  row('pig', '1F416', 'animal', G, 0.9, 3),
  row('sheep', '1F411', 'animal', G, 1.0, 4),
  row('goat', '1F410', 'animal', G, 0.9, 3),
  row('chicken', '1F414', 'animal', G, 0.5, 4),
  row('duck', '1F986', 'animal', ['ground', 'water'], 0.45, 4),
  row('bird', '1F426', 'animal', ['sky', 'ground'], 0.3, 4),
  row('pigeon', 'E009', 'animal', G, 0.3, 4),
  row('rabbit', '1F407', 'animal', G, 0.4, 3),
  row('squirrel', '1F43F', 'animal', G, 0.3, 2),
  row('bear', '1F43B', 'animal', G, 1.6, 2),
  row('deer', '1F98C', 'animal', G, 1.5, 3),
  row('fox', '1F98A', 'animal', G, 0.6, 2),
  row('elephant', '1F418', 'animal', G, 3.0, 2),
  row('giraffe', '1F992', 'animal', G, 4.5, 2),
  row('zebra', '1F993', 'animal', G, 1.5, 3),
  row('turtle', '1F422', 'animal', ['ground', 'water'], 0.35, 2),
  row('crab', '1F980', 'animal', G, 0.25, 3),
  row('penguin', '1F427', 'animal', G, 0.8, 4),
  row('dolphin', '1F42C', 'animal', ['water'], 1.2, 2),
  row('fish', '1F41F', 'animal', ['water'], 0.4, 3),
  row('butterfly', '1F98B', 'animal', ['sky'], 0.25, 3),
  // vehicles
  row('car', '1F697', 'vehicle', G, 1.5, 2),
  row('taxi', '1F695', 'vehicle', G, 1.5, 2),
  row('police_car', '1F693', 'vehicle', G, 1.6, 1),
  row('bus', '1F68C', 'vehicle', G, 3.0, 1),
  row('truck', '1F69A', 'vehicle', G, 3.2, 1),
  row('pickup_truck', '1F6FB', 'vehicle', G, 1.9, 1),
  row('fire_engine', '1F692', 'vehicle', G, 3.0, 1),
  row('ambulance', '1F691', 'vehicle', G, 2.6, 1),
  row('tractor', '1F69C', 'vehicle', G, 2.5, 1),
  row('motorcycle', '1F3CD', 'vehicle', G, 1.1, 2),
  row('scooter', '1F6F5', 'vehicle', G, 1.1, 2),
  row('bicycle', '1F6B2', 'vehicle', G, 1.0, 3),
  row('kick_scooter', '1F6F4', 'vehicle', G, 1.0, 2),
  row('train', '1F686', 'vehicle', G, 3.8, 1),
  row('tram', '1F68B', 'vehicle', G, 3.4, 1),
  row('sailboat', '26F5', 'vehicle', ['water'], 4.0, 2),
  row('canoe', '1F6F6', 'vehicle', ['water'], 0.8, 2),
  row('speedboat', '1F6A4', 'vehicle', ['water'], 1.5, 1),
  row('airplane', '2708', 'vehicle', ['sky'], 4.0, 1),
  row('helicopter', '1F681', 'vehicle', ['sky'], 3.5, 1),
  // Drawn in OpenMoji's style in render/art.ts (OpenMoji has no carriage); always with a horse.
  row('carriage', 'X-CARRIAGE', 'vehicle', G, 2.2, 1, { onlyWith: 'horse' }),
  // food and drink (on tables and counters)
  row('pizza', '1F355', 'food', S, 0.3, 2),
  row('cake', '1F382', 'food', S, 0.35, 1),
  row('shortcake', '1F370', 'food', S, 0.2, 3),
  row('cupcake', '1F9C1', 'food', S, 0.15, 4),
  row('donut', '1F369', 'food', S, 0.12, 4),
  row('hamburger', '1F354', 'food', S, 0.2, 3),
  row('sandwich', '1F96A', 'food', S, 0.15, 3),
  row('hot_dog', '1F32D', 'food', S, 0.12, 3),
  row('french_fries', '1F35F', 'food', S, 0.2, 2),
  row('spaghetti', '1F35D', 'food', S, 0.18, 2),
  row('sushi', '1F363', 'food', S, 0.12, 4),
  row('salad', '1F957', 'food', S, 0.18, 2),
  row('bread', '1F35E', 'food', S, 0.18, 3),
  row('apple', '1F34E', 'food', S, 0.12, 4),
  row('banana', '1F34C', 'food', S, 0.15, 4),
  row('orange', '1F34A', 'food', S, 0.12, 4),
  row('watermelon', '1F349', 'food', S, 0.25, 2),
  row('broccoli', '1F966', 'food', S, 0.18, 3),
  row('carrot', '1F955', 'food', S, 0.18, 4),
  row('coffee', '2615', 'food', S, 0.14, 3),
  row('tea', '1F375', 'food', S, 0.12, 3),
  row('milk', '1F95B', 'food', S, 0.16, 3),
  row('wine_glass', '1F377', 'food', S, 0.2, 3),
  row('beer', '1F37A', 'food', S, 0.2, 3),
  row('ice_cream', '1F368', 'food', S, 0.16, 3),
  // kitchen things
  row('teapot', '1FAD6', 'kitchen', S, 0.22, 1),
  row('pot', '1F372', 'kitchen', S, 0.25, 2),
  row('frying_pan', '1F373', 'kitchen', S, 0.15, 2),
  row('bowl', '1F963', 'kitchen', S, 0.15, 3),
  row('plate', '1F37D', 'kitchen', S, 0.12, 4),
  row('knife', '1F52A', 'kitchen', S, 0.12, 2),
  row('bottle', 'E0CB', 'kitchen', S, 0.3, 3),
  row('coffee_maker', 'E155', 'kitchen', S, 0.4, 1),
  row('espresso_machine', 'E150', 'kitchen', S, 0.4, 1),
  row('washing_machine', 'E1CF', 'electronics', G, 0.9, 1),
  // electronics
  row('laptop', '1F4BB', 'electronics', S, 0.25, 2),
  row('computer', '1F5A5', 'electronics', S, 0.45, 2),
  row('printer', '1F5A8', 'electronics', S, 0.35, 1),
  row('phone', '1F4F1', 'electronics', S, 0.15, 2),
  row('television', '1F4FA', 'electronics', ['ground', 'surface'], 0.7, 1),
  row('radio', '1F4FB', 'electronics', S, 0.25, 1),
  row('game_console', '1F3AE', 'electronics', S, 0.12, 2),
  row('camera', '1F4F7', 'electronics', S, 0.12, 1),
  row('clock', '1F570', 'electronics', ['wall', 'surface'], 0.3, 1),
  // furniture
  row('chair', '1FA91', 'furniture', G, 0.95, 4),
  row('armchair', 'E141', 'furniture', G, 1.0, 2),
  row('sofa', '1F6CB', 'furniture', G, 1.1, 1),
  row('potted_plant', '1FAB4', 'furniture', ['ground', 'surface'], 0.6, 3),
  row('picture', '1F5BC', 'furniture', ['wall'], 0.6, 2),
  row('mirror', '1FA9E', 'furniture', ['wall'], 0.7, 1),
  row('door', '1F6AA', 'furniture', G, 2.0, 1),
  row('wastebasket', '1F5D1', 'furniture', G, 0.4, 2),
  row('luggage', '1F9F3', 'furniture', G, 0.7, 3),
  // bathroom
  row('toilet', '1F6BD', 'bathroom', G, 0.8, 1),
  row('bathtub', '1F6C1', 'bathroom', G, 0.7, 1),
  row('shower', '1F6BF', 'bathroom', ['wall'], 0.5, 1),
  row('toothbrush', '1FAA5', 'bathroom', S, 0.18, 3),
  row('soap', '1F9FC', 'bathroom', S, 0.08, 2),
  row('toilet_paper', '1F9FB', 'bathroom', ['surface', 'ground'], 0.12, 3),
  row('lotion', '1F9F4', 'bathroom', S, 0.18, 2),
  // sports gear
  row('soccer_ball', '26BD', 'sports', G, 0.22, 3),
  row('basketball', '1F3C0', 'sports', G, 0.24, 3),
  row('baseball', '26BE', 'sports', G, 0.1, 3),
  row('football', '1F3C8', 'sports', G, 0.2, 2),
  row('volleyball', '1F3D0', 'sports', G, 0.22, 2),
  row('tennis_ball', '1F3BE', 'sports', G, 0.08, 4),
  row('frisbee', '1F94F', 'sports', ['sky', 'ground'], 0.25, 2),
  row('kite', '1FA81', 'sports', ['sky'], 0.9, 3),
  row('skateboard', '1F6F9', 'sports', G, 0.15, 3),
  row('skis', '1F3BF', 'sports', G, 1.6, 2),
  row('sled', '1F6F7', 'sports', G, 0.4, 2),
  row('goal', '1F945', 'sports', G, 2.2, 1),
  row('trophy', '1F3C6', 'sports', ['surface', 'ground'], 0.4, 1),
  row('roller_skate', '1F6FC', 'sports', G, 0.2, 2),
  // scenery
  row('tree', '1F333', 'scenery', G, 5.0, 3),
  row('pine_tree', '1F332', 'scenery', G, 6.0, 4),
  row('palm_tree', '1F334', 'scenery', G, 6.0, 3),
  row('cactus', '1F335', 'scenery', G, 1.8, 3),
  row('flower', '1F337', 'scenery', G, 0.35, 4),
  row('sunflower', '1F33B', 'scenery', G, 1.2, 4),
  row('mushroom', '1F344', 'scenery', G, 0.15, 4),
  row('rock', '1FAA8', 'scenery', G, 0.6, 3),
  row('snowman', '2603', 'scenery', G, 1.5, 2),
  row('tent', '26FA', 'scenery', G, 1.8, 2),
  row('beach_umbrella', '26F1', 'scenery', G, 2.2, 2),
  row('fountain', '26F2', 'scenery', G, 2.5, 1),
  row('stop_sign', '1F6D1', 'scenery', G, 2.2, 1),
  row('traffic_light', '1F6A6', 'scenery', G, 3.0, 1),
  row('house', '1F3E0', 'scenery', G, 6.0, 2),
  row('balloon', '1F388', 'sports', ['sky'], 0.5, 3),
];

export const OBJECT_BY_ID: ReadonlyMap<string, ObjectKind> = new Map(OBJECTS.map((o) => [o.id, o]));

export function objectKind(id: string): ObjectKind {
  const kind = OBJECT_BY_ID.get(id);
  if (!kind) throw new Error(`unknown object kind "${id}"`);
  return kind;
}
