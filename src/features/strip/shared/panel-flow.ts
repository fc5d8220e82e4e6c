// One panel, the same maths in the browser (engine = worker bridges) and in Node (engine = onnxruntime-node):
// sentence → CLIP embedding → top-K gallery hits → reference + depth → denoise | GAN | retrieval → images.
import { deriveSeed } from '../../../core/rng';
import { resizeBilinear, tensorToImageData, type ImageDataLike } from '../../../core/image-tensor';
import type { TextStates } from '../../../core/models/text-model';
import type { DenoiseRequest } from '../../../core/models/diffusion-model';
import type { DepthMap } from '../../../core/models/image-models';
import type { PanelImage, PanelProgress, PanelResult, ReferenceHit, StripOptions } from '../client/strip-pipeline';

export interface SceneHit {
  id: string;
  score: number;
  setting: string;
  style: string;
  objects: string[];
  source: 'gallery' | 'user';
}

export interface PanelEngine {
  encodeText(texts: string[], signal?: AbortSignal): Promise<TextStates>;
  search(embedding: Float32Array, k: number, signal?: AbortSignal): Promise<SceneHit[]>;
  reference(id: string, signal?: AbortSignal): Promise<{ image: ImageDataLike; depth: DepthMap }>;
  denoise(req: DenoiseRequest, onStep: (step: number, total: number) => void, signal?: AbortSignal): Promise<PanelImage[]>;
  /** [n, 3, 64, 64] in [-1, 1]. */
  gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array>;
}

/**
 * DDIM steps and guidance: chosen for toon-mini by training/sweep_sampling.py's stated rule on the val split
 * (public/models/toon-mini/report/sampling-sweep.json): 10 steps lose nothing measurable against 20, in half the time.
 * training/eval_ldm.py reads these values from this line, so the eval measures what the app runs.
 */
export const PANEL_DEFAULTS = { steps: 10, guidance: 3, strength: 0.75, variants: 2, topK: 5, displaySize: 128 };

/**
 * How far a panel starts from its reference. A gallery scene in another art style than the strip's leaks that
 * style at img2img strength (training/eval_ldm.py: asked-for style held 0.67 → 0.87 where they differ), so such a
 * panel starts from noise and keeps only the reference's depth; a same-style scene or the author's own upload is
 * carried over. An explicit strength wins.
 */
export function panelStrength(
  strength: number | undefined, style: string, hit: Pick<SceneHit, 'source' | 'style'> | undefined,
): number {
  if (strength !== undefined) return strength;
  return hit?.source === 'gallery' && hit.style !== style ? 1 : PANEL_DEFAULTS.strength;
}

export function detectLang(text: string): 'ko' | 'en' | 'mixed' {
  const ko = /[\u3131-\u318e\uac00-\ud7a3]/.test(text);
  const en = /[A-Za-z]/.test(text);
  return ko && en ? 'mixed' : ko ? 'ko' : 'en';
}

export function panelSeed(stripSeed: number, index: number): number {
  return deriveSeed(stripSeed, index);
}

export function variantSeeds(seed: number, count: number): number[] {
  return Array.from({ length: count }, (_, v) => deriveSeed(seed, v));
}

function toPanel(image: ImageDataLike): PanelImage {
  return { width: image.width, height: image.height, rgba: new Uint8ClampedArray(image.data) };
}

/** GAN output [n, 3, 64, 64] → n RGBA panels, upscaled (bilinear) for display. */
export function ganPanels(images: Float32Array, n: number, from: number, to: number): PanelImage[] {
  const plane = 3 * from * from;
  return Array.from({ length: n }, (_, v) => {
    const up = resizeBilinear(images.subarray(v * plane, (v + 1) * plane), 3, from, from, to, to);
    const img = tensorToImageData(up, 3, to, to);
    return { width: to, height: to, rgba: img.data };
  });
}

export interface PanelJob {
  index: number;
  text: string;
  opts: StripOptions;
  signal?: AbortSignal;
  onProgress?: (p: PanelProgress) => void;
}

export async function runPanel(engine: PanelEngine, job: PanelJob): Promise<PanelResult> {
  const { index, text, opts, signal } = job;
  const progress = (stage: PanelProgress['stage'], step = 0, total = 1) => job.onProgress?.({ index, stage, step, total });
  const variants = opts.variants ?? PANEL_DEFAULTS.variants;
  const seed = panelSeed(opts.seed, index);
  const seeds = variantSeeds(seed, variants);

  progress('encode');
  // "" is the unconditional branch of guidance; one batch of two costs about one call.
  const states = await engine.encodeText([text, ''], signal);
  const d = states.embedDim;
  const embedding = states.embeds.slice(0, d);
  progress('retrieve');
  const hits = await engine.search(embedding, Math.max(PANEL_DEFAULTS.topK, variants), signal);
  const refs = await Promise.all(hits.slice(0, opts.mode === 'retrieval' ? variants : 1).map((h) => engine.reference(h.id, signal)));
  const thumbs = new Map<string, PanelImage>();
  hits.forEach((h, i) => refs[i] && thumbs.set(h.id, toPanel(refs[i].image)));
  const toHit = (h: SceneHit): ReferenceHit => ({
    id: h.id, score: h.score, setting: h.setting, style: h.style, source: h.source,
    thumb: thumbs.get(h.id) ?? { width: 0, height: 0, rgba: new Uint8ClampedArray(0) },
  });
  const reference = hits[0] ? toHit(hits[0]) : null;
  const alternatives = hits.slice(1).map(toHit);

  let images: PanelImage[];
  if (opts.mode === 'retrieval') {
    images = refs.map((r) => toPanel(r.image));
  } else if (opts.mode === 'gan') {
    progress('denoise', 0, 1);
    const out = await engine.gan(states.pooler.slice(0, states.pooler.length / 2), seeds, signal);
    images = ganPanels(out, variants, 64, PANEL_DEFAULTS.displaySize);
  } else {
    progress('depth');
    const ref = refs[0];
    const size = PANEL_DEFAULTS.displaySize;
    const tokens = states.lastHidden.length / 2;
    const req: DenoiseRequest = {
      cond: states.lastHidden.slice(0, tokens),
      uncond: states.lastHidden.slice(tokens),
      style: opts.style,
      reference: ref ? ref.image : null,
      // Without a reference there is no scene layout: a flat depth map conditions nothing.
      depth: ref ? ref.depth : { width: size, height: size, data: new Uint8ClampedArray(size * size) },
      seeds,
      steps: opts.steps ?? PANEL_DEFAULTS.steps,
      guidance: opts.guidance ?? PANEL_DEFAULTS.guidance,
      strength: panelStrength(opts.strength, opts.style, hits[0]),
    };
    images = await engine.denoise(req, (step, total) => progress('denoise', step, total), signal);
    progress('decode', 1, 1);
  }
  progress('done', 1, 1);
  return { index, text, lang: detectLang(text), variants: images, reference, alternatives, seed };
}
