// Language side of ToonScenes: bilingual captions and stories from scene graphs.
//
// Public API (all deterministic given the rng / seed):
//   captionScene(scene: SceneGraph, rng: Rng): { en: string[5]; ko: string[5] }
//       en[i] and ko[i] come from one template and name the same objects with the same counts.
//   makeStories(count: number, seed: number, sampleScene: SampleSceneFn, first = 0): Story[]
//       Stories t<first>…t<first+count-1>; story i uses its own stream deriveSeed(seed, 0x5707, i),
//       so parallel workers may each build a range. Pass scene/sampler.ts sampleScene.
//   makeStory(rng: Rng, sampleScene: SampleSceneFn, id: string, style?: ArtStyle): Story
//   objectNames(): {id, en, ko, category}[]   settingNames(): {id, en, ko}[]   (for dataset.json)
//   objectNoun(id) / settingWords(id): the full lexicon entries (synonyms, plurals, counters).
//   findMentions(text, 'en' | 'ko') / readCaption(text, lang, scene): what a caption names.
//   Korean helpers: withParticle('책', '를') → 책을, nounCount('개', 2, '마리') → 개 두 마리.
export { captionScene, CAPTIONS_PER_SCENE } from './captions.js';
export { makeStories, makeStory, type SampleSceneFn } from './stories.js';
export { objectNames, objectNoun, objectNouns, settingNames, settingWords, type NounEntry } from './lexicon.js';
export { findMentions, nounIndex, type Mention } from './noun-index.js';
export { readCaption, allowedTags } from './caption-check.js';
export { withParticle, particleFor, hasFinalConsonant, nounCount, countOfNoun, nativeNumeralAttributive, COUNTERS } from './korean.js';
export { pluralize, indefiniteArticle, countedNoun } from './english.js';
