// Checks a caption against its scene with the noun index: which objects it names (with counts)
// and whether it names anything that is not there. Used by the tests and handy when editing templates.
import { setting as settingById } from '../../../src/features/composer/shared/catalog/settings.js';
import type { SceneGraph } from '../../../src/features/composer/shared/scene-graph.js';
import { findMentions, type Mention } from './noun-index.js';
import { ACTION_VERBS } from './verbs.js';

/** Tags a caption of this scene may name: its objects, things drawn inside action sprites, its setting and surfaces. */
export function allowedTags(scene: SceneGraph): { objects: Set<string>; implied: Set<string>; all: Set<string> } {
  const objects = new Set(scene.objects.map((o) => `object:${o.kind}`));
  const implied = new Set(scene.objects.flatMap((o) => (o.action ? ACTION_VERBS[o.action]?.implies ?? [] : []).map((k) => `object:${k}`)));
  const all = new Set([...objects, ...implied, `setting:${scene.setting}`,
    ...settingById(scene.setting).surfaces.map((s) => `surface:${s.id}`)]);
  return { objects, implied, all };
}

export interface CaptionReading {
  /** Mentions whose noun names nothing in the scene. */
  strays: Mention[];
  /** Scene object kinds named, with the counts stated. */
  named: Map<string, Set<number>>;
  /** Kinds also drawn inside an action sprite ("riding a bike"): a verb may name them in one language only. */
  implied: Set<string>;
}

export function readCaption(text: string, lang: 'en' | 'ko', scene: SceneGraph): CaptionReading {
  const { objects, implied, all } = allowedTags(scene);
  const strays: Mention[] = [];
  const named = new Map<string, Set<number>>();
  for (const m of findMentions(text, lang)) {
    const hits = [...m.tags].filter((t) => all.has(t));
    if (hits.length === 0) { strays.push(m); continue; }
    for (const tag of hits) {
      if (!objects.has(tag)) continue;
      const kind = tag.slice('object:'.length);
      if (!named.has(kind)) named.set(kind, new Set());
      if (m.count !== null) named.get(kind)!.add(m.count);
    }
  }
  return { strays, named, implied: new Set([...implied].map((t) => t.slice('object:'.length))) };
}
