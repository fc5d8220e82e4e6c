// One panel, the same maths in the browser (engine = worker bridges) and in Node (engine = onnxruntime-node):
// sentence → CLIP embedding → top-K gallery hits → reference + depth → denoise | GAN | retrieval → images.
import { FROM_NOISE_WHEN_STYLE_DIFFERS, type AppDefaults } from '../../../core/app-defaults';
import { deriveSeed } from '../../../core/rng';
import { resizeBilinear, tensorToImageData } from '../../../core/image-tensor';
import { NO_IMAGE, type RgbaImage } from '../../../core/rgba-image';
import type { DenoiseRequest } from '../../../core/models/diffusion-model';
import { GAN_SIZE } from '../../../core/models/gan-model';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import { t } from '../../../core/i18n';
import type { PanelEngine, PanelProgress, PanelResult, ReferenceHit, SceneHit, StripOptions } from './strip-contract';

/**
 * How far a panel starts from its reference. A gallery scene in another art style than the strip's leaks that
 * style at img2img strength (asked-for style held 0.67 → 0.87 where they differ), so under the suite's
 * from-noise rule such a panel starts from noise and keeps only the reference's depth; a same-style scene or
 * the author's own upload is carried over. An explicit strength wins.
 */
export function panelStrength(
  strength: number | undefined, style: string, hit: Pick<SceneHit, 'source' | 'style'> | undefined,
  sampling: Pick<AppDefaults['sampling'], 'strength' | 'strengthRule'>,
): number {
  if (strength !== undefined) return strength;
  const fromNoise = sampling.strengthRule === FROM_NOISE_WHEN_STYLE_DIFFERS && hit?.source === 'gallery' && hit.style !== style;
  return fromNoise ? 1 : sampling.strength;
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

/** GAN output [n, 3, 64, 64] → n RGBA panels, upscaled (bilinear) for display. */
export function ganPanels(images: Float32Array, n: number, from: number, to: number): RgbaImage[] {
  const plane = 3 * from * from;
  return Array.from({ length: n }, (_, v) => {
    const up = resizeBilinear(images.subarray(v * plane, (v + 1) * plane), 3, from, from, to, to);
    return tensorToImageData(up, 3, to, to);
  });
}

/**
 * The panels of a treatment: each non-blank line, trimmed, with the plan at its line's index in `plans`
 * (StripOptions.plans), so a blank line neither makes a panel nor shifts the plans after it.
 */
export function panelLines(lines: readonly string[], plans?: StripOptions['plans']): { text: string; plan?: ScenePlan }[] {
  return lines.flatMap((line, i) => {
    const text = line.trim();
    if (!text) return [];
    const plan = plans?.[i] ?? undefined;
    return [plan ? { text, plan } : { text }];
  });
}

export interface PanelJob {
  index: number;
  text: string;
  /** The line's scene plan: retrieval ranks by it (the engine's search); without one, CLIP order as before. */
  plan?: ScenePlan;
  opts: StripOptions;
  /** The suite's app-defaults.json: what an option left unset takes. */
  defaults: Pick<AppDefaults, 'sampling' | 'panel'>;
  signal?: AbortSignal;
  onProgress?: (p: PanelProgress) => void;
  /** Problems that lose nothing (an upscale that failed: the panel keeps its drawn size). */
  onWarning?: (message: string) => void;
}

/**
 * Drawn panels through the engine's upscaler. Where the suite has none they stay as drawn; where it fails
 * (a lost GPU, a broken file) they stay as drawn and the warning says so: an upscale never loses a panel.
 */
export async function upscalePanels(engine: PanelEngine, images: RgbaImage[], job: Pick<PanelJob, 'index' | 'signal' | 'onWarning'>): Promise<RgbaImage[]> {
  if (!engine.upscale || images.length === 0) return images;
  try {
    const up = await engine.upscale(images, job.signal);
    if (!up) return images;
    if (up.length !== images.length) throw new Error(`${up.length} images back for ${images.length}`);
    return up;
  } catch (err) {
    if (job.signal?.aborted || (err as Error).name === 'AbortError') throw err;
    job.onWarning?.(t('run.upscaleFailed', { panel: job.index + 1, size: images[0].width, error: (err as Error).message }));
    return images;
  }
}

export async function runPanel(engine: PanelEngine, job: PanelJob): Promise<PanelResult> {
  const { index, text, opts, signal, defaults } = job;
  const progress = (stage: PanelProgress['stage'], step = 0, total = 1) => job.onProgress?.({ index, stage, step, total });
  const variants = opts.variants ?? defaults.panel.variants;
  const seed = panelSeed(opts.seed, index);
  const seeds = variantSeeds(seed, variants);

  progress('encode');
  // "" is the unconditional branch of guidance; one batch of two costs about one call.
  const states = await engine.encodeText([text, ''], signal);
  const d = states.embedDim;
  const embedding = states.embeds.slice(0, d);
  progress('retrieve');
  const k = Math.max(defaults.panel.topK, variants);
  const hits = job.plan ? await engine.search(embedding, k, signal, job.plan) : await engine.search(embedding, k, signal);
  const refs = await Promise.all(hits.slice(0, opts.mode === 'retrieval' ? variants : 1).map((h) => engine.reference(h.id, signal)));
  const thumbs = new Map<string, RgbaImage>();
  hits.forEach((h, i) => refs[i] && thumbs.set(h.id, refs[i].image));
  const toHit = (h: SceneHit): ReferenceHit => ({
    id: h.id, score: h.score, setting: h.setting, settingNames: h.settingNames, style: h.style, source: h.source, thumb: thumbs.get(h.id) ?? NO_IMAGE,
    ...(h.time !== undefined && { time: h.time }),
    ...(h.objectCounts && { objects: h.objectCounts }),
    ...(h.missing && { missing: h.missing }),
  });
  const reference = hits[0] ? toHit(hits[0]) : null;
  const alternatives = hits.slice(1).map(toHit);

  let images: RgbaImage[];
  if (opts.mode === 'retrieval') {
    images = refs.map((r) => r.image);
  } else if (opts.mode === 'gan') {
    progress('denoise', 0, 1);
    const out = await engine.gan(states.pooler.slice(0, states.pooler.length / 2), seeds, signal);
    images = await upscalePanels(engine, ganPanels(out, variants, GAN_SIZE, defaults.panel.displaySize), job);
  } else {
    progress('depth');
    const ref = refs[0];
    const size = defaults.panel.displaySize;
    const tokens = states.lastHidden.length / 2;
    const req: DenoiseRequest = {
      cond: states.lastHidden.slice(0, tokens),
      uncond: states.lastHidden.slice(tokens),
      style: opts.style,
      reference: ref ? ref.image : null,
      // Without a reference there is no scene layout: a flat depth map conditions nothing.
      depth: ref ? ref.depth : { width: size, height: size, data: new Uint8ClampedArray(size * size) },
      seeds,
      steps: opts.steps ?? defaults.sampling.steps,
      guidance: opts.guidance ?? defaults.sampling.guidance,
      strength: panelStrength(opts.strength, opts.style, hits[0], defaults.sampling),
    };
    const drawn = await engine.denoise(req, (step, total) => progress('denoise', step, total), signal);
    progress('decode', 1, 1);
    images = await upscalePanels(engine, drawn, job);
  }
  progress('done', 1, 1);
  const result: PanelResult = { index, text, lang: detectLang(text), variants: images, reference, alternatives, seed };
  if (job.plan) result.plan = job.plan;
  return result;
}
