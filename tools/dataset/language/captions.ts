// captionScene: five English and five Korean captions of one scene graph. Caption i in both
// languages comes from the same template and items, so the pair names the same objects and counts.
import type { Rng } from '../../../src/core/rng.js';
import type { Captions, SceneGraph } from '../../../src/features/composer/shared/scene-graph.js';
import { sentence } from './english.js';
import { COVERING, TEMPLATES, timeWords, type Draft } from './caption-templates.js';
import { sceneItems } from './scene-items.js';

export const CAPTIONS_PER_SCENE = 5;

function finishKo(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function captionScene(scene: SceneGraph, rng: Rng): Captions {
  if (scene.objects.length === 0) throw new Error(`captionScene: scene ${scene.id} has no objects`);
  const items = sceneItems(scene, rng);
  const names = rng.shuffle(Object.keys(TEMPLATES));
  // One covering template first (so every object is named), then the others in random order.
  const covering = names.find((n) => COVERING.includes(n))!;
  const order = [covering, ...names.filter((n) => n !== covering)];
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; drafts.length < CAPTIONS_PER_SCENE && attempt < 40; attempt++) {
    const name = order[attempt % order.length];
    const draft = TEMPLATES[name]({ rng, scene, items, time: timeWords(rng, scene) });
    if (!draft) continue;
    const en = sentence(draft.en);
    if (seen.has(en)) continue;
    seen.add(en);
    drafts.push({ en, ko: finishKo(draft.ko), mentions: draft.mentions });
  }
  if (drafts.length < CAPTIONS_PER_SCENE) throw new Error(`captionScene: only ${drafts.length} distinct captions for ${scene.id}`);
  const order5 = rng.shuffle(drafts.map((_, i) => i));
  return { en: order5.map((i) => drafts[i].en), ko: order5.map((i) => drafts[i].ko) };
}
