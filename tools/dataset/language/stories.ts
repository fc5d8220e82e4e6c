// Four-sentence stories: a cast of 1–3 characters carried over four scenes while the place,
// the time of day and what they do change. Scenes come from the scene sampler, so every
// story panel is a valid scene graph the strip pipeline can render or retrieve.
import { createRng, deriveSeed, type Rng } from '../../../src/core/rng.js';
import { objectKind } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { STYLES, TIMES, type ArtStyle, type SceneGraph, type Story, type TimeOfDay } from '../../../src/features/composer/shared/scene-graph.js';
import { sentence } from './english.js';
import { sceneItems } from './scene-items.js';
import { storySentence } from './story-sentence.js';

/** The scene sampler's signature (tools/dataset/scene/sampler.ts sampleScene). */
export type SampleSceneFn = (rng: Rng, id: string,
  options: { setting?: string; time?: TimeOfDay; style?: ArtStyle; cast?: readonly string[] }) => SceneGraph;

const PEOPLE = ['man', 'woman', 'boy', 'girl'];
const PETS = ['dog', 'dog', 'dog', 'cat', 'horse'];

function settingsWith(cast: readonly string[]): string[] {
  return SETTINGS.filter((s) => cast.every((k) => s.kinds.includes(k))).map((s) => s.id);
}

function pickCast(rng: Rng): string[] {
  for (;;) {
    const size = rng.weighted([1, 2, 3], [3, 5, 2]);
    const cast = [rng.pick(PEOPLE)];
    if (size >= 2) cast.push(rng.chance(0.6) ? rng.pick(PETS) : rng.pick(PEOPLE));
    if (size >= 3) cast.push(PETS.includes(cast[1]) ? rng.pick(PEOPLE) : rng.pick(PETS)); // at most two people
    if (rng.chance(0.15) && size === 1) cast[0] = 'dog'; // sometimes a dog's day out
    if (new Set(cast).size === cast.length && settingsWith(cast).length >= 3) return cast;
  }
}

/** Four settings, no two neighbours alike, and times that only move forward (day → sunset → night). */
function pickPlan(rng: Rng, cast: readonly string[]): { setting: string; time: TimeOfDay }[] {
  const options = settingsWith(cast);
  const settings: string[] = [];
  while (settings.length < 4) {
    const s = rng.pick(options);
    if (s !== settings[settings.length - 1]) settings.push(s);
  }
  const times = Array.from({ length: 4 }, () => rng.weighted([0, 1, 2], [5, 3, 2])).sort();
  return settings.map((setting, i) => ({ setting, time: TIMES[times[i]] }));
}

/** Samples a scene that holds every cast member exactly once (the sampler may draw groups of two). */
function castScene(rng: Rng, sample: SampleSceneFn, id: string, plan: { setting: string; time: TimeOfDay },
  style: ArtStyle, cast: readonly string[]): SceneGraph | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    const scene = sample(rng, id, { ...plan, style, cast });
    const ok = cast.every((k) => scene.objects.filter((o) => o.kind === k).length === 1
      && scene.objects.find((o) => o.kind === k)!.count === 1);
    if (ok) return scene;
  }
  return null;
}

export function makeStory(rng: Rng, sample: SampleSceneFn, id: string, style: ArtStyle = rng.pick(STYLES)): Story {
  for (let attempt = 0; attempt < 20; attempt++) {
    const cast = pickCast(rng);
    const plan = pickPlan(rng, cast);
    const scenes = plan.map((p, i) => castScene(rng, sample, `${id}-${i}`, p, style, cast));
    if (scenes.some((s) => s === null)) continue;
    const en: string[] = [];
    const ko: string[] = [];
    const state = { introduced: false, lastTime: null as TimeOfDay | null, lastSetting: null as string | null, usedOpeners: new Set<unknown>() };
    scenes.forEach((scene, i) => {
      const items = sceneItems(scene!, rng);
      const castItems = cast.map((k) => items.find((it) => it.obj.kind === k)!);
      const props = items.filter((it) => !cast.includes(it.obj.kind));
      const line = storySentence(rng, scene!, castItems, props, { ...state, index: i });
      en.push(sentence(line.en));
      ko.push(line.ko.endsWith('.') ? line.ko : `${line.ko}.`);
      state.introduced = true;
      state.lastTime = scene!.time;
      state.lastSetting = scene!.setting;
    });
    return { id, style, cast, scenes: scenes as SceneGraph[], en, ko };
  }
  throw new Error(`makeStory: could not place a cast in four scenes for ${id}`);
}

/** `count` stories with ids t00000…, each from its own rng stream so workers can split the range. */
export function makeStories(count: number, seed: number, sample: SampleSceneFn, first = 0): Story[] {
  const stories: Story[] = [];
  for (let i = first; i < first + count; i++) {
    const rng = createRng(deriveSeed(seed, 0x5707, i));
    stories.push(makeStory(rng, sample, `t${String(i).padStart(5, '0')}`));
  }
  return stories;
}
