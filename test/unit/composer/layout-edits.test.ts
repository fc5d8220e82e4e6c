import { describe, expect, it } from 'vitest';
import { setting } from '../../../src/features/composer/shared/catalog/settings';
import type { PanelLayout } from '../../../src/features/composer/shared/composer-contract';
import {
  addItem, canStayIn, changeSetting, changeTime, deleteItem, flipItem, itemBoxPx, moveItem, scaleItem,
} from '../../../src/features/composer/shared/layout-edits';
import { groundDepth, scaleAt } from '../../../src/features/composer/shared/scene/perspective';
import type { SceneObject } from '../../../src/features/composer/shared/scene-graph';

const base = { action: null, on: null, tone: 0, flip: false, count: 1 } as const;
const man: SceneObject = { ...base, kind: 'man', x: 0.3, y: 0.8, scale: 0.4, depth: groundDepth(setting('park'), 0.8), zone: 'ground', hexcode: '1F9CD-200D-2642-FE0F', castId: 'c1', accent: '#aa3344' };
const dog: SceneObject = { ...base, kind: 'dog', x: 0.7, y: 0.7, scale: 0.15, depth: groundDepth(setting('park'), 0.7), zone: 'ground', hexcode: '1F415' };
const kite: SceneObject = { ...base, kind: 'kite', x: 0.5, y: 0.3, scale: 0.15, depth: 0.02, zone: 'sky', hexcode: '1FA81' };

function park(): PanelLayout {
  const objects = [kite, dog, man];
  return {
    scene: { id: 'p1', setting: 'park', time: 'day', style: 'ink', objects, relations: [{ a: 2, rel: 'plays_with', b: 1 }] },
    width: 800, height: 450,
    looks: { c1: { variant: 0, tone: 2, accent: '#aa3344', size: 1 } },
  };
}

function sortedFarToNear(layout: PanelLayout): boolean {
  return layout.scene.objects.every((o, i, all) => i === 0 || all[i - 1].depth <= o.depth);
}

describe('moving an item', () => {
  it('makes a ground thing moved nearer bigger and nearer in depth, and re-sorts far → near', () => {
    const layout = park();
    // the dog (index 1) comes down in front of the man
    const { layout: moved, index } = moveItem(layout, 1, 0.4, 0.95);
    const after = moved.scene.objects[index!];
    expect(after.kind).toBe('dog');
    expect(after.depth).toBeGreaterThan(dog.depth);
    expect(after.depth).toBeCloseTo(groundDepth(setting('park'), 0.95), 3);
    const s = setting('park');
    expect(after.scale).toBeCloseTo(dog.scale * scaleAt(s, 0.95, 0.7) / scaleAt(s, 0.7, 0.7), 2);
    expect(index).toBe(2);
    expect(sortedFarToNear(moved)).toBe(true);
    // the man's interaction with the dog follows both to their new indexes
    const link = moved.scene.relations.find((r) => r.rel === 'plays_with')!;
    expect(moved.scene.objects[link.a].kind).toBe('man');
    expect(moved.scene.objects[link.b].kind).toBe('dog');
    // the old layout is untouched (undo keeps it)
    expect(layout.scene.objects[1]).toEqual(dog);
  });

  it('keeps a ground thing below the horizon', () => {
    const { layout, index } = moveItem(park(), 2, 0.5, 0.1);
    const o = layout.scene.objects[index!];
    expect(o.y).toBeGreaterThan(setting('park').horizon);
    expect(o.scale).toBeGreaterThan(0);
  });

  it('moves a thing in the sky without changing its size or depth', () => {
    const { layout, index } = moveItem(park(), 0, 0.8, 0.25);
    const o = layout.scene.objects[index!];
    expect([o.x, o.y, o.scale, o.depth]).toEqual([0.8, 0.25, kite.scale, kite.depth]);
  });

  it('reads the spatial relations again off the moved layout', () => {
    const { layout } = moveItem(park(), 1, 0.05, 0.7);
    const dogAt = layout.scene.objects.findIndex((o) => o.kind === 'dog');
    const manAt = layout.scene.objects.findIndex((o) => o.kind === 'man');
    const rel = layout.scene.relations.find((r) => !['plays_with'].includes(r.rel) && [r.a, r.b].includes(dogAt) && [r.a, r.b].includes(manAt))!;
    expect(rel).toBeDefined();
    const dogLeftOfMan = (rel.a === dogAt && rel.rel === 'left_of') || (rel.a === manAt && rel.rel === 'right_of');
    expect(dogLeftOfMan).toBe(true);
  });
});

describe('scale, flip, delete', () => {
  it('scales within bounds and flips', () => {
    expect(scaleItem(park(), 1, 0.3).layout.scene.objects[1].scale).toBe(0.3);
    expect(scaleItem(park(), 1, 9).layout.scene.objects[1].scale).toBe(0.95);
    expect(() => scaleItem(park(), 1, Number.NaN)).toThrow(/not a number/);
    expect(flipItem(park(), 2).layout.scene.objects[2].flip).toBe(true);
    expect(() => flipItem(park(), 7)).toThrow(RangeError);
  });

  it('deletes an item with its relations and its cast look', () => {
    const { layout, index } = deleteItem(park(), 2);
    expect(index).toBeNull();
    expect(layout.scene.objects.map((o) => o.kind)).toEqual(['kite', 'dog']);
    expect(layout.scene.relations.every((r) => r.a < 2 && r.b < 2)).toBe(true);
    expect(layout.scene.relations.some((r) => r.rel === 'plays_with')).toBe(false);
    expect(layout.looks).toEqual({});
  });
});

describe('adding an item', () => {
  it('places a catalogue kind at a free spot in one of its zones, inside the frame', () => {
    const edit = addItem(park(), 'tree', { seed: 3 })!;
    expect(edit).not.toBeNull();
    const o = edit.layout.scene.objects[edit.index!];
    expect(o.kind).toBe('tree');
    expect(o.zone).toBe('ground');
    expect(o.depth).toBeCloseTo(groundDepth(setting('park'), o.y), 2);
    const [x, y, w, h] = itemBoxPx(edit.layout, o);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(800.5);
    expect(y + h).toBeLessThanOrEqual(450.5);
    expect(sortedFarToNear(edit.layout)).toBe(true);
  });

  it('puts a kite in the sky, a coffee on the kitchen counter, and gives a cast id', () => {
    const kiteEdit = addItem(park(), 'kite', { seed: 1 })!;
    expect(kiteEdit.layout.scene.objects[kiteEdit.index!].zone).toBe('sky');
    const kitchen = changeSetting({ ...park(), scene: { ...park().scene, objects: [], relations: [] } }, 'kitchen', 1);
    const cup = addItem(kitchen, 'coffee', { seed: 2, castId: 'c9' })!;
    const o = cup.layout.scene.objects[cup.index!];
    expect(o.on).toBe('counter');
    expect(o.castId).toBe('c9');
  });

  it('is null for a kind the catalogue lacks and deterministic for a seed', () => {
    expect(addItem(park(), 'unicorn', { seed: 1 })).toBeNull();
    expect(addItem(park(), 'dog', { seed: 5 })).toEqual(addItem(park(), 'dog', { seed: 5 }));
  });

  it('finds a spot that overlaps nothing when there is room', () => {
    const edit = addItem(park(), 'flower', { seed: 8 })!;
    const boxes = edit.layout.scene.objects.map((o) => itemBoxPx(edit.layout, o));
    const mine = itemBoxPx(edit.layout, edit.layout.scene.objects[edit.index!]);
    const overlapping = boxes.filter((b) => b !== mine && b[0] < mine[0] + mine[2] && mine[0] < b[0] + b[2] && b[1] < mine[1] + mine[3] && mine[1] < b[1] + b[3]);
    expect(overlapping.length).toBeLessThanOrEqual(1);
  });
});

describe('place and time', () => {
  it('changes the time only', () => {
    const night = changeTime(park(), 'night');
    expect(night.scene.time).toBe('night');
    expect(night.scene.objects).toEqual(park().scene.objects);
  });

  it('moves to a room: the sky kite finds another zone, ground things keep their spot with the room’s perspective', () => {
    const room = changeSetting(park(), 'living_room', 4);
    const s = setting('living_room');
    expect(room.scene.setting).toBe('living_room');
    expect(room.scene.objects.every((o) => canStayIn(o, s))).toBe(true);
    const kiteNow = room.scene.objects.find((o) => o.kind === 'kite')!;
    expect(kiteNow.zone).not.toBe('sky');
    const manNow = room.scene.objects.find((o) => o.kind === 'man')!;
    expect([manNow.x, manNow.y]).toEqual([man.x, man.y]);
    expect(manNow.depth).toBeCloseTo(groundDepth(s, man.y), 3);
    // the interaction still links the man and the dog
    const link = room.scene.relations.find((r) => r.rel === 'plays_with')!;
    expect([room.scene.objects[link.a].kind, room.scene.objects[link.b].kind]).toEqual(['man', 'dog']);
    expect(sortedFarToNear(room)).toBe(true);
  });

  it('moves a walker out of the sea at the beach', () => {
    const inWater = { ...park(), scene: { ...park().scene, objects: [{ ...dog, y: 0.5 }], relations: [] } };
    const beach = changeSetting(inWater, 'beach', 2);
    expect(canStayIn(beach.scene.objects[0], setting('beach'))).toBe(true);
    expect(() => changeSetting(park(), 'moon', 1)).toThrow(/unknown setting/);
  });
});
