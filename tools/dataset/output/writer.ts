// Writes a whole ToonScenes build (FORMAT.md): per-split JSONL + .npy, stories, gallery,
// contact sheet, dataset.json and the dataset card.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, deriveSeed } from '../../../src/core/rng.js';
import { ACTIONS } from '../../../src/features/composer/shared/catalog/actions.js';
import { OBJECTS } from '../../../src/features/composer/shared/catalog/objects.js';
import { SETTINGS } from '../../../src/features/composer/shared/catalog/settings.js';
import { languageModule, loadLanguage } from '../captions.js';
import { buildScenes } from '../parallel.js';
import { sampleScene } from '../../../src/features/composer/shared/scene/sampler.js';
import { SPLITS, splitCounts, type Split } from '../scene/split.js';
import { STYLES } from '../../../src/features/composer/shared/scene-graph.js';
import { datasetCard } from './card.js';
import { writeContactSheet, type ContactSample } from './contact-sheet.js';
import { GalleryWriter } from './gallery.js';
import { NpyWriter } from './npy.js';

export interface BuildOptions {
  count: number;
  seed: number;
  out: string;
  sizes: number[];
  workers: number;
  stories: number;
  gallery: number;
  contact: number;
  /** Module whose top level calls serveChunks in worker threads (the CLI). */
  workerEntry: string;
  log?: (line: string) => void;
}

export interface BuildSummary {
  splits: Record<Split, number>;
  stories: number;
  gallery: number;
  /** Whole build, and the scene phase alone (sampling, captions, rendering, .npy writing). */
  seconds: number;
  sceneSeconds: number;
}

interface SplitFiles { jsonl: number; images: NpyWriter[]; depth: NpyWriter[] }

function contactIndices(seed: number, count: number, n: number): Set<number> {
  const rng = createRng(deriveSeed(seed, 0xc0c7));
  return new Set(rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, Math.min(n, count)));
}

export async function writeDataset(o: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const log = o.log ?? (() => {});
  const language = await loadLanguage();
  const splits = splitCounts(o.seed, o.count);
  const files = new Map<Split, SplitFiles>();
  for (const split of SPLITS) {
    const dir = join(o.out, split);
    mkdirSync(dir, { recursive: true });
    files.set(split, {
      jsonl: openSync(join(dir, 'scenes.jsonl'), 'w'),
      images: o.sizes.map((s) => new NpyWriter(join(dir, `images_${s}.npy`), splits[split], [s, s, 3])),
      depth: o.sizes.map((s) => new NpyWriter(join(dir, `depth_${s}.npy`), splits[split], [s, s])),
    });
  }
  const gallerySize = o.sizes.includes(128) ? 128 : Math.max(...o.sizes);
  const gallery = new GalleryWriter(join(o.out, 'gallery'), gallerySize, o.gallery);
  const wantContact = contactIndices(o.seed, o.count, o.contact);
  const contact: ContactSample[] = [];
  const words = { en: new Set<string>(), ko: new Set<string>() };
  const settingCounts: Record<string, number> = {};
  let built = 0;
  await buildScenes({ seed: o.seed, count: o.count, sizes: o.sizes, workers: o.workers }, o.workerEntry, (scene) => {
    const f = files.get(scene.split)!;
    writeSync(f.jsonl, JSON.stringify(scene.record) + '\n');
    scene.images.forEach((im, k) => {
      f.images[k].write(im.rgb);
      f.depth[k].write(im.depth);
    });
    const tile = scene.images[o.sizes.indexOf(gallerySize)];
    gallery.add(scene.record, tile.rgb, tile.depth);
    if (wantContact.has(scene.index)) contact.push({ record: scene.record, ...tile });
    for (const lang of ['en', 'ko'] as const) {
      for (const c of scene.record.captions[lang]) for (const w of c.split(/\s+/)) words[lang].add(w.replace(/[.,!?]$/, ''));
    }
    settingCounts[scene.record.setting] = (settingCounts[scene.record.setting] ?? 0) + 1;
    if (++built % 5000 === 0) log(`  ${built}/${o.count} scenes`);
  });
  const sceneSeconds = (performance.now() - started) / 1000;
  for (const f of files.values()) {
    closeSync(f.jsonl);
    for (const w of [...f.images, ...f.depth]) w.close();
  }
  const galleryCount = gallery.finish();
  contact.sort((a, b) => a.record.id.localeCompare(b.record.id));
  writeContactSheet(join(o.out, 'contact-sheet.png'), contact);
  const stories = o.stories > 0 ? languageModule().makeStories(o.stories, o.seed, sampleScene) : [];
  writeFileSync(join(o.out, 'stories.jsonl'), stories.map((s) => JSON.stringify(s) + '\n').join(''));

  const settingNames = language.settingNames?.() ?? SETTINGS.map((s) => ({ id: s.id, en: s.id.replace(/_/g, ' '), ko: s.id }));
  const objectNames = language.objectNames?.() ??
    OBJECTS.map((k) => ({ id: k.id, en: k.id.replace(/_/g, ' '), ko: k.id, category: k.category }));
  const meta = {
    name: 'ToonScenes', version: 1, seed: o.seed, count: o.count, sizes: o.sizes, styles: STYLES,
    settings: settingNames, objects: objectNames, actions: ACTIONS.map((a) => a.id), splits,
    stories: stories.length, gallery: galleryCount, licence: 'CC BY-SA 4.0 (derived from OpenMoji)',
  };
  writeFileSync(join(o.out, 'dataset.json'), JSON.stringify(meta, null, 1) + '\n');
  writeFileSync(join(o.out, 'README.md'), datasetCard({
    seed: o.seed, count: o.count, sizes: o.sizes, splits, stories: stories.length, gallery: galleryCount,
    settings: settingNames, objects: objectNames, actions: ACTIONS.map((a) => a.id), styles: STYLES,
    vocabulary: { en: words.en.size, ko: words.ko.size }, captionsPerScene: { en: 5, ko: 5 }, settingCounts,
  }));
  return { splits, stories: stories.length, gallery: galleryCount, seconds: (performance.now() - started) / 1000, sceneSeconds };
}
