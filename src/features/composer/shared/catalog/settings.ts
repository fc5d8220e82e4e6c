// Where a scene takes place: geometry the background draws and the sampler places against,
// plus which object kinds and person actions are plausible there.
import type { SurfaceId, TimeOfDay } from '../scene-graph.js';

export type GroundType =
  | 'tile' | 'wood' | 'carpet' | 'grass' | 'sand' | 'snow' | 'road' | 'dirt' | 'concrete' | 'platform' | 'rock';

/** A raised surface drawn by the background; things stand on its top edge. */
export interface SurfaceFixture {
  id: SurfaceId;
  x0: number;
  x1: number;
  /** y of the top face (where objects rest). */
  top: number;
  /** y where it meets the floor (sets its depth and scale). */
  bottom: number;
}

export interface Setting {
  id: string;
  indoor: boolean;
  ground: GroundType;
  /** y of the floor line (indoors: wall meets floor) or horizon (outdoors). */
  horizon: number;
  /** Eye level used for perspective (indoors above the floor line). */
  eye: number;
  surfaces: SurfaceFixture[];
  /** Band of water (sea, pool, lake) [y0, y1] where water kinds go; ground starts below it. */
  water?: [number, number];
  /** Baseline ranges for kinds that belong on a lane (cars on the road, a train on its track). */
  lanes?: Record<string, [number, number]>;
  kinds: string[];
  actions: string[];
  times: TimeOfDay[];
}

const ALL_TIMES: TimeOfDay[] = ['day', 'sunset', 'night'];
const PEOPLE = ['person', 'man', 'woman', 'boy', 'girl'];
// Head-and-shoulders sprites (roles, old people, babies) only go where a fixture hides the body.
const surface = (id: SurfaceId, x0: number, x1: number, top: number, bottom: number): SurfaceFixture =>
  ({ id, x0, x1, top, bottom });
const indoor = (id: string, ground: GroundType, surfaces: SurfaceFixture[], kinds: string[], actions: string[]): Setting =>
  ({ id, indoor: true, ground, horizon: 0.56, eye: 0.36, surfaces, kinds: [...PEOPLE, ...kinds], actions, times: ALL_TIMES });
const outdoor = (id: string, ground: GroundType, horizon: number, kinds: string[], actions: string[],
  extra: Partial<Setting> = {}): Setting =>
  ({ id, indoor: false, ground, horizon, eye: horizon, surfaces: [], kinds: [...PEOPLE, ...kinds], actions, times: ALL_TIMES, ...extra });

const FOOD = ['pizza', 'cake', 'shortcake', 'cupcake', 'donut', 'hamburger', 'sandwich', 'hot_dog', 'french_fries',
  'spaghetti', 'sushi', 'salad', 'bread', 'apple', 'banana', 'orange', 'watermelon', 'broccoli', 'carrot', 'ice_cream'];
const DRINKS = ['coffee', 'tea', 'milk', 'wine_glass', 'beer'];
const CITY_VEHICLES = ['car', 'taxi', 'police_car', 'bus', 'truck', 'fire_engine', 'ambulance', 'motorcycle', 'scooter'];

export const SETTINGS: readonly Setting[] = [
  indoor('bathroom', 'tile', [surface('counter', 0.55, 0.98, 0.6, 0.8)],
    ['toilet', 'bathtub', 'shower', 'door', 'toothbrush', 'soap', 'toilet_paper', 'lotion', 'mirror', 'cat', 'baby', 'wastebasket'],
    ['standing', 'kneeling']),
  indoor('bedroom', 'carpet', [surface('bed', 0.04, 0.62, 0.66, 0.82)],
    ['cat', 'dog', 'picture', 'clock', 'potted_plant', 'chair', 'laptop', 'phone', 'luggage', 'baby',
      'old_woman', 'old_man', 'television', 'game_console', 'radio', 'artist'],
    ['standing', 'kneeling', 'meditating', 'dancing']),
  indoor('office', 'carpet', [surface('desk', 0.1, 0.9, 0.66, 0.84)],
    ['laptop', 'computer', 'printer', 'phone', 'coffee', 'potted_plant', 'chair', 'clock', 'picture', 'wastebasket',
      'camera', 'student', 'doctor', 'police_officer'],
    ['using_computer', 'standing', 'walking']),
  indoor('kitchen', 'tile', [surface('counter', 0.0, 0.7, 0.6, 0.84)],
    [...FOOD, ...DRINKS, 'teapot', 'pot', 'frying_pan', 'bowl', 'plate', 'knife', 'bottle', 'coffee_maker',
      'espresso_machine', 'washing_machine', 'cat', 'dog', 'clock', 'potted_plant', 'old_woman', 'old_man', 'baby'],
    ['cooking', 'standing', 'cutting_cake']),
  indoor('living_room', 'wood', [surface('couch', 0.08, 0.62, 0.66, 0.8)],
    ['television', 'sofa', 'cat', 'dog', 'potted_plant', 'picture', 'clock', 'armchair', 'game_console', 'radio', 'phone',
      'laptop', 'baby', 'old_man', 'old_woman', 'wastebasket', 'artist', 'singer'],
    ['standing', 'dancing', 'meditating', 'juggling', 'kneeling']),
  indoor('restaurant', 'wood', [surface('table', 0.12, 0.88, 0.68, 0.86)],
    [...FOOD, ...DRINKS, 'plate', 'bowl', 'bottle', 'chair', 'picture', 'potted_plant', 'barista', 'old_man', 'old_woman', 'singer'],
    ['standing', 'walking', 'cooking', 'cutting_cake']),
  outdoor('beach', 'sand', 0.44, ['beach_umbrella', 'crab', 'palm_tree', 'volleyball', 'dog', 'bird', 'sailboat',
    'canoe', 'speedboat', 'dolphin', 'fish', 'duck', 'turtle', 'kite', 'frisbee', 'rock', 'helicopter', 'balloon', 'soccer_ball'],
  ['surfing', 'swimming', 'rowing', 'running', 'walking', 'standing', 'cartwheeling', 'playing_basketball', 'playing_frisbee'],
  { water: [0.46, 0.62] }),
  outdoor('mountain', 'rock', 0.5, ['pine_tree', 'tree', 'deer', 'goat', 'bear', 'tent', 'rock', 'bird', 'sheep',
    'fox', 'helicopter', 'airplane', 'dog'],
  ['walking', 'climbing', 'mountain_biking', 'standing', 'running']),
  outdoor('stadium', 'grass', 0.5, ['soccer_ball', 'football', 'baseball', 'goal', 'trophy', 'volleyball', 'basketball',
    'balloon', 'tennis_ball'],
  ['running', 'playing_basketball', 'standing', 'cartwheeling', 'juggling', 'walking', 'lifting_weights']),
  outdoor('forest', 'grass', 0.52, ['tree', 'pine_tree', 'deer', 'fox', 'bear', 'rabbit', 'squirrel', 'mushroom',
    'bird', 'tent', 'flower', 'rock', 'dog', 'butterfly'],
  ['walking', 'running', 'mountain_biking', 'standing', 'walking_dog', 'riding_horse']),
  outdoor('city_street', 'road', 0.46, [...CITY_VEHICLES, 'bicycle', 'kick_scooter', 'dog', 'pigeon', 'stop_sign',
    'traffic_light', 'tree', 'horse', 'carriage'],
  ['walking', 'running', 'biking', 'standing', 'walking_dog'],
  { lanes: Object.fromEntries(CITY_VEHICLES.map((k) => [k, [0.62, 0.76] as [number, number]])) }),
  outdoor('skatepark', 'concrete', 0.5, ['skateboard', 'kick_scooter', 'roller_skate', 'bicycle', 'tree', 'dog',
    'basketball', 'pigeon'],
  ['running', 'biking', 'cartwheeling', 'standing', 'playing_basketball', 'dancing']),
  outdoor('swimming_pool', 'tile', 0.46, ['duck', 'chair', 'beach_umbrella', 'palm_tree', 'potted_plant', 'volleyball'],
    ['swimming', 'standing', 'walking', 'meditating'],
    { water: [0.6, 0.82] }),
  outdoor('train_station', 'platform', 0.46, ['train', 'tram', 'luggage', 'pigeon', 'dog',
    'chair', 'wastebasket'],
  ['walking', 'running', 'standing', 'walking_dog'],
  { lanes: { train: [0.6, 0.62], tram: [0.6, 0.62] } }),
  outdoor('park', 'grass', 0.5, ['frisbee', 'dog', 'kite', 'tree', 'flower', 'bird', 'soccer_ball', 'bicycle',
    'fountain', 'duck', 'pigeon', 'squirrel', 'balloon', 'butterfly', 'rabbit', 'sunflower'],
  ['running', 'walking', 'biking', 'cartwheeling', 'juggling', 'meditating', 'standing', 'walking_dog', 'dancing', 'golfing',
    'playing_frisbee']),
  outdoor('countryside_road', 'dirt', 0.48, ['motorcycle', 'tractor', 'horse', 'cow', 'sheep', 'goat', 'pig',
    'chicken', 'bicycle', 'pickup_truck', 'car', 'tree', 'house', 'sunflower', 'dog'],
  ['biking', 'mountain_biking', 'walking', 'riding_horse', 'running', 'walking_dog', 'riding_motorcycle']),
  outdoor('zoo', 'grass', 0.5, ['elephant', 'giraffe', 'zebra', 'bear', 'penguin', 'duck', 'deer', 'bird', 'tree',
    'palm_tree', 'balloon', 'rabbit', 'goat', 'cactus', 'rock'],
  ['walking', 'standing', 'running']),
  outdoor('ski_slope', 'snow', 0.42, ['pine_tree', 'snowman', 'skis', 'sled', 'penguin', 'dog', 'helicopter'],
    ['skiing', 'snowboarding', 'standing', 'walking']),
];

export const SETTING_BY_ID: ReadonlyMap<string, Setting> = new Map(SETTINGS.map((s) => [s.id, s]));

export function setting(id: string): Setting {
  const found = SETTING_BY_ID.get(id);
  if (!found) throw new Error(`unknown setting "${id}"`);
  return found;
}

/** Surfaces drawn in settings (ids the captions name: "on the table"). */
export const SURFACE_IDS: readonly SurfaceId[] = ['table', 'counter', 'desk', 'bed', 'couch'];
