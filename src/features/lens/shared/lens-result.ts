// Embeddings in, the lens's tables out: similarity (cosine × 100), zero-shot labels, strip points on the map.
// Pure, so the numbers the author reads are unit-tested apart from the workers that make the vectors.
import { projectOntoMap, type GalleryMap } from './gallery-map';
import { cosinePercent, cosineTable, promptLang, topLabels } from './lens-math';
import type { LensPanel, LensResult } from './lens-view';
import type { RgbaImage } from '../../../core/rgba-image';

export interface DrawnPanel {
  index: number;
  text: string;
  /** The variant the author chose. */
  image: RgbaImage;
  /** The first variant: a retrieval-only panel's is its reference's picture. */
  firstVariant: RgbaImage;
  reference: RgbaImage | null;
}

export interface LensVectors {
  dim: number;
  /** One row per sentence. */
  sentences: Float32Array;
  /** One row per drawn panel's image, then one per reference that exists (in panel order). */
  images: Float32Array;
  /** Prompt rows, one per map label, in the language asked for. */
  prompts: (lang: 'ko' | 'en') => Float32Array;
}

export function samePixels(a: RgbaImage, b: RgbaImage | null): boolean {
  if (!b || a.width !== b.width || a.height !== b.height || a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}

export function buildLensResult(sentences: string[], drawn: DrawnPanel[], v: LensVectors, map: GalleryMap, notes: string[]): LensResult {
  const d = v.dim;
  const row = (m: Float32Array, i: number) => m.subarray(i * d, (i + 1) * d);
  const panelVecs = v.images.subarray(0, drawn.length * d);
  let next = drawn.length;
  const refVecs = drawn.map((p) => (p.reference ? row(v.images, next++) : null));
  const imageTable = Array.from(cosineTable(v.sentences, sentences.length, panelVecs, drawn.length, d), cosinePercent);
  const referenceTable = sentences.flatMap((_, r) =>
    refVecs.map((ref) => (ref ? cosinePercent(cosineTable(row(v.sentences, r), 1, ref, 1, d)[0]) : NaN)));
  const panels: LensPanel[] = drawn.map((p, k) => {
    const lang = promptLang(p.text);
    const prompts = v.prompts(lang);
    const ref = refVecs[k];
    return {
      index: p.index, text: p.text, lang, image: p.image, reference: p.reference,
      retrieved: samePixels(p.firstVariant, p.reference),
      labels: {
        image: topLabels(row(panelVecs, k), prompts, map.labels, d),
        reference: ref ? topLabels(ref, prompts, map.labels, d) : null,
      },
    };
  });
  return {
    sentences, panels, imageTable, referenceTable, notes,
    map: {
      xy: map.xy, settings: map.settings, captions: map.captions, labels: map.labels, names: map.names, explained: map.explained,
      sentences: projectOntoMap(map, v.sentences, sentences.length),
      panels: projectOntoMap(map, panelVecs, drawn.length),
    },
  };
}
