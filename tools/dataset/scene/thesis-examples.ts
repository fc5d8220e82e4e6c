// The thesis's own example pictures, as checks on a captioned scene: `together` (the
// things share a scene), `graph` (the scene graph has them doing it) and `caption` (an English
// caption says it with its verb). Used by bench/dataset-thesis.ts and the interaction tests.
import type { SceneGraph, SceneObject } from '../../../src/features/composer/shared/scene-graph.js';

export interface ThesisExample {
  id: string;
  /** The thesis caption it stands for. */
  thesis: string;
  together: (scene: SceneGraph) => boolean;
  graph: (scene: SceneGraph) => boolean;
  caption: RegExp;
}

const PEOPLE = new Set(['person', 'man', 'woman', 'boy', 'girl']);
const KIDS = new Set(['boy', 'girl']);
const APPLIANCES = new Set(['coffee_maker', 'espresso_machine', 'teapot', 'pot', 'frying_pan']);

const has = (scene: SceneGraph, kinds: ReadonlySet<string> | string) =>
  scene.objects.some((o) => (typeof kinds === 'string' ? o.kind === kinds : kinds.has(o.kind)));
const objectsOf = (scene: SceneGraph, kinds: ReadonlySet<string>): SceneObject[] => scene.objects.filter((o) => kinds.has(o.kind));

/** Some object of `actors` does `rel` to an object of kind `prop`. */
function interacts(scene: SceneGraph, actors: ReadonlySet<string> | string, rel: string, prop: ReadonlySet<string> | string): boolean {
  const is = (o: SceneObject, k: ReadonlySet<string> | string) => (typeof k === 'string' ? o.kind === k : k.has(o.kind));
  return scene.relations.some((r) => r.rel === rel && is(scene.objects[r.a], actors) && is(scene.objects[r.b], prop));
}

export const THESIS_EXAMPLES: readonly ThesisExample[] = [
  {
    id: 'frisbee_on_grass', thesis: 'Six teens playing frisbee in a field of grass',
    together: (s) => (s.setting === 'park' || s.setting === 'stadium') && has(s, PEOPLE) && has(s, 'frisbee'),
    graph: (s) => (s.setting === 'park' || s.setting === 'stadium') && interacts(s, PEOPLE, 'plays_with', 'frisbee'),
    caption: /\b(playing|plays|throwing|throws|tossing|tosses)\b[^.]*\b(frisbee|flying disc)/i,
  },
  {
    id: 'skier', thesis: 'A person in a ski suit is skiing',
    together: (s) => s.setting === 'ski_slope' && has(s, PEOPLE),
    graph: (s) => s.objects.some((o) => o.action === 'skiing'),
    caption: /\bskiing\b/i,
  },
  {
    id: 'horse_carriage', thesis: 'A horse drawn carriage is parked along the curb',
    together: (s) => s.setting === 'city_street' && has(s, 'horse') && has(s, 'carriage'),
    graph: (s) => s.setting === 'city_street' && interacts(s, 'horse', 'pulls', 'carriage'),
    caption: /\bhorses?\b[^.]*\bcarriages?\b|\bcarriages?\b[^.]*\bhorses?\b/i,
  },
  {
    id: 'kitchen_appliances', thesis: 'Electric appliances crammed on a counter in a kitchen',
    together: (s) => s.setting === 'kitchen' && objectsOf(s, APPLIANCES).length >= 2,
    graph: (s) => s.setting === 'kitchen' && objectsOf(s, APPLIANCES).filter((o) => o.on === 'counter').length >= 2,
    caption: /\bon (a|the) (counter|kitchen counter|countertop)\b/i,
  },
  {
    id: 'woman_cutting_cake', thesis: 'A woman cutting a large white sheet cake',
    together: (s) => has(s, 'woman') && has(s, 'cake'),
    graph: (s) => interacts(s, 'woman', 'cuts', 'cake'),
    caption: /\bwom[ae]n\b[^.]*\b(cutting|cuts|slicing|slices)\b[^.]*\bcakes?\b/i,
  },
  {
    id: 'man_motorbike_dirt', thesis: 'A man riding a motor bike on a dirt road on the countryside',
    together: (s) => s.setting === 'countryside_road' && has(s, 'man') && has(s, 'motorcycle'),
    graph: (s) => s.setting === 'countryside_road' && interacts(s, 'man', 'rides', 'motorcycle'),
    caption: /\b(man|men|guy|guys)\b[^.]*\b(riding|rides|on)\b[^.]*\b(motorcycles?|motorbikes?|motor bikes?)\b/i,
  },
  {
    id: 'boy_at_computer', thesis: 'A boy at a computer',
    together: (s) => s.setting === 'office' && has(s, 'boy') && (has(s, 'computer') || has(s, 'laptop')),
    graph: (s) => s.objects.some((o) => o.kind === 'boy' && o.action === 'using_computer'),
    caption: /\bboys?\b[^.]*\b(using|uses|typing|types|working|works)\b/i,
  },
  {
    id: 'children_computers', thesis: 'Children at computer desks',
    together: (s) => s.setting === 'office' && objectsOf(s, KIDS).reduce((n, o) => n + o.count, 0) >= 2,
    graph: (s) => objectsOf(s, KIDS).filter((o) => o.action === 'using_computer').reduce((n, o) => n + o.count, 0) >= 2,
    caption: /\b(boys|girls)\b[^.]*\b(using|use|typing|type|working|work)\b|\b(boy|girl)\b[^.]*\b(boy|girl)\b[^.]*\b(using|typing|working)\b/i,
  },
];
