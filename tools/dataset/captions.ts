// Bridge to the language side (language/index.ts): captions, stories and EN/KO names.
import type { Rng } from '../../src/core/rng.js';
import * as language from './language/index.js';
import type { Captions, SceneGraph } from '../../src/features/composer/shared/scene-graph.js';

export type LanguageModule = typeof language;

/** Kept async so callers need not change if the language side ever loads data lazily. */
export async function loadLanguage(): Promise<LanguageModule> {
  return language;
}

export function languageModule(): LanguageModule {
  return language;
}

export function captionScene(scene: SceneGraph, rng: Rng): Captions {
  return language.captionScene(scene, rng);
}
