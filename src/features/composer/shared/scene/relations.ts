// Spatial relations read off a finished layout, one per pair, phrased from the earlier object.
import type { Relation, SceneObject } from '../scene-graph.js';

const SIDE_GAP = 0.12;
const DEPTH_GAP = 0.12;

export function deriveRelations(objects: readonly SceneObject[]): Relation[] {
  const relations: Relation[] = [];
  for (let a = 0; a < objects.length; a++) {
    for (let b = a + 1; b < objects.length; b++) {
      const rel = relationBetween(objects[a], objects[b]);
      if (rel) relations.push({ a, rel, b });
    }
  }
  return relations;
}

function relationBetween(a: SceneObject, b: SceneObject): Relation['rel'] | null {
  if (a.zone === 'sky' || b.zone === 'sky' || a.zone === 'wall' || b.zone === 'wall') {
    return Math.abs(a.x - b.x) > SIDE_GAP ? (a.x < b.x ? 'left_of' : 'right_of') : null;
  }
  const dx = b.x - a.x;
  const dDepth = b.depth - a.depth;
  const overlapX = Math.abs(dx) < (a.scale + b.scale) * 0.45;
  // Same surface or same distance and close together: "next to".
  if ((a.on && a.on === b.on) || (Math.abs(dDepth) < DEPTH_GAP && Math.abs(dx) < (a.scale + b.scale) * 0.9)) {
    return 'next_to';
  }
  if (overlapX && Math.abs(dDepth) >= DEPTH_GAP) return dDepth > 0 ? 'behind' : 'in_front_of';
  if (Math.abs(dx) > SIDE_GAP) return dx > 0 ? 'left_of' : 'right_of';
  return Math.abs(dDepth) >= DEPTH_GAP ? (dDepth > 0 ? 'behind' : 'in_front_of') : 'next_to';
}
