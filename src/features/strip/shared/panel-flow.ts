// One panel, the same maths in the browser (engine = worker bridges) and in Node (engine = onnxruntime-node):
// sentence → CLIP embedding → top-K gallery hits → reference + depth → denoise | GAN | retrieval → images.
import { FROM_NOISE_WHEN_STYLE_DIFFERS, type AppDefaults } from '../../../core/app-defaults';
import { deriveSeed } from '../../../core/rng';
import { resizeBilinear, tensorToImageData } from '../../../core/image-tensor';
import { NO_IMAGE, type RgbaImage } from '../../../core/rgba-image';
import { resizeImage, shrinkDepth, shrinkImage } from '../../../core/pixel-resize';
import type { DenoiseRequest } from '../../../core/models/diffusion-model';
import { GAN_SIZE } from '../../../core/models/gan-model';
import { edgeGuide } from '../../../core/models/upscale-guide';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import { t } from '../../../core/i18n';
import type { PanelLayout } from '../../composer/shared/composer-contract';
import type {
  ComposeRequest, PanelEngine, PanelFrame, PanelProgress, PanelResult, ReferenceHit, ReferenceSource, SceneHit, StripOptions,
  UpscaleGuides,
} from './strip-contract';

/** The suite's upscalers are ×4: a guide is drawn at four times the model's panel size. */
const GUIDE_FACTOR = 4;

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
export function panelLines(lines: readonly string[], plans?: StripOptions['plans']): { text: string; plan?: ScenePlan; line: number }[] {
  return lines.flatMap((line, i) => {
    const text = line.trim();
    if (!text) return [];
    const plan = plans?.[i] ?? undefined;
    return [plan ? { text, plan, line: i } : { text, line: i }];
  });
}

/** The composed drawing's size when the page gives none: a square at the export width. */
export const DEFAULT_FRAME: PanelFrame = { width: 800, height: 800 };

/** The reference source a run uses: the chosen one, else composed where the engine composes, else the gallery. */
export function referenceSource(engine: Pick<PanelEngine, 'compose'>, opts: Pick<StripOptions, 'source'>): ReferenceSource {
  const chosen = opts.source ?? 'composed';
  return chosen === 'composed' && !engine.compose ? 'gallery' : chosen;
}

/** How many gallery hits an own-images search looks through to find the author's images among them. */
const OWN_SEARCH_K = 512;

export interface PanelJob {
  index: number;
  text: string;
  /** The line's scene plan: retrieval ranks by it (the engine's search); without one, CLIP order as before. */
  plan?: ScenePlan;
  /** The author's edited layout of this panel: composed as it is (the Composed source). */
  layout?: PanelLayout;
  /** The panel's composed size (800 px × the page shape). */
  frame?: PanelFrame;
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
export async function upscalePanels(
  engine: PanelEngine, images: RgbaImage[], job: Pick<PanelJob, 'index' | 'signal' | 'onWarning'>, guides?: UpscaleGuides,
): Promise<RgbaImage[]> {
  if (!engine.upscale || images.length === 0) return images;
  try {
    const up = guides ? await engine.upscale(images, job.signal, guides) : await engine.upscale(images, job.signal);
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
  const { index, text, opts, signal } = job;
  const chosen = referenceSource(engine, opts);
  if (chosen === 'composed' && (job.plan || job.layout)) return runComposedPanel(engine, job);
  // A line with neither a plan nor an edited layout has nothing to compose: it is retrieved from the gallery.
  const source = chosen === 'composed' ? 'gallery' : chosen;
  const progress = (stage: PanelProgress['stage'], step = 0, total = 1) => job.onProgress?.({ index, stage, step, total });
  const variants = opts.variants ?? job.defaults.panel.variants;

  progress('encode');
  // "" is the unconditional branch of guidance; one batch of two costs about one call.
  const states = await engine.encodeText([text, ''], signal);
  const d = states.embedDim;
  const embedding = states.embeds.slice(0, d);
  progress('retrieve');
  const k = Math.max(job.defaults.panel.topK, variants);
  let hits = await searchHits(engine, embedding, k, job, source === 'own');
  if (source === 'own' && hits.length === 0) {
    // No images of the author's own yet: the gallery serves, and the author is told.
    job.onWarning?.(t('run.noOwnReferences', { panel: index + 1 }));
    hits = await searchHits(engine, embedding, k, job, false);
  }
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
  const alternatives = hits.slice(1).map((h) => toHit(h));
  const ref = refs[0];
  const images = opts.mode === 'retrieval'
    ? refs.map((r) => r.image)
    : await drawPanel(engine, job, states, ref ?? null, panelStrength(opts.strength, opts.style, hits[0], job.defaults.sampling));
  progress('done', 1, 1);
  const result: PanelResult = { index, text, lang: detectLang(text), variants: images, reference, alternatives, seed: panelSeed(opts.seed, index), source };
  if (job.plan) result.plan = job.plan;
  return result;
}

async function searchHits(engine: PanelEngine, embedding: Float32Array, k: number, job: PanelJob, ownOnly: boolean): Promise<SceneHit[]> {
  const wide = ownOnly ? Math.max(k, OWN_SEARCH_K) : k;
  const hits = job.plan ? await engine.search(embedding, wide, job.signal, job.plan) : await engine.search(embedding, wide, job.signal);
  return ownOnly ? hits.filter((h) => h.source === 'user').slice(0, k) : hits;
}

/** DCGAN or diffusion variants from the reference (image + depth; none: a flat depth conditions nothing). */
async function drawPanel(
  engine: PanelEngine, job: PanelJob, states: Awaited<ReturnType<PanelEngine['encodeText']>>,
  ref: { image: RgbaImage; depth: DenoiseRequest['depth'] } | null, strength: number, guide?: Float32Array,
): Promise<RgbaImage[]> {
  const { index, opts, signal, defaults } = job;
  const progress = (stage: PanelProgress['stage'], step = 0, total = 1) => job.onProgress?.({ index, stage, step, total });
  const variants = opts.variants ?? defaults.panel.variants;
  const seeds = variantSeeds(panelSeed(opts.seed, index), variants);
  if (opts.mode === 'gan') {
    progress('denoise', 0, 1);
    const out = await engine.gan(states.pooler.slice(0, states.pooler.length / 2), seeds, signal);
    return upscalePanels(engine, ganPanels(out, variants, GAN_SIZE, defaults.panel.displaySize), job);
  }
  progress('depth');
  const size = defaults.panel.displaySize;
  const tokens = states.lastHidden.length / 2;
  const req: DenoiseRequest = {
    cond: states.lastHidden.slice(0, tokens),
    uncond: states.lastHidden.slice(tokens),
    style: opts.style,
    reference: ref ? ref.image : null,
    depth: ref ? ref.depth : { width: size, height: size, data: new Uint8ClampedArray(size * size) },
    seeds,
    steps: opts.steps ?? defaults.sampling.steps,
    guidance: opts.guidance ?? defaults.sampling.guidance,
    strength,
  };
  const drawn = await engine.denoise(req, (step, total) => progress('denoise', step, total), signal);
  progress('decode', 1, 1);
  return upscalePanels(engine, drawn, job, guide && drawn.map(() => guide));
}

/**
 * A composed panel: the engine draws the layout (the author's, or the plan placed at the panel's size) at its export
 * size; that crisp drawing is the last variant (the models' panels come first, so a drawn strip shows them), and the models restyle it from its exact depth (both shrunk to the models'
 * size, as gallery references are), their panels grown back to the drawing's shape.
 */
async function runComposedPanel(engine: PanelEngine, job: PanelJob): Promise<PanelResult> {
  const { index, text, opts, signal, defaults } = job;
  const progress = (stage: PanelProgress['stage'], step = 0, total = 1) => job.onProgress?.({ index, stage, step, total });
  const seed = panelSeed(opts.seed, index);
  const frame = job.layout ? { width: job.layout.width, height: job.layout.height } : (job.frame ?? DEFAULT_FRAME);
  progress('compose');
  const request: ComposeRequest = { text, frame, looks: opts.looks ?? {}, style: opts.style, seed, ...(job.plan && { plan: job.plan }), ...(job.layout && { layout: job.layout }) };
  const composed = await engine.compose!(request, signal);
  let images: RgbaImage[] = [composed.image];
  if (opts.mode !== 'retrieval') {
    progress('encode');
    const states = await engine.encodeText([text, ''], signal);
    const size = defaults.panel.displaySize;
    const ref = { image: shrinkImage(composed.image, size, size), depth: shrinkDepth(composed.depth, size, size) };
    // The upscaler may follow the drawing's lines: its edges on the upscaled panel's grid, mapped as the reference was.
    const guide = opts.mode === 'diffusion' && engine.upscale ? edgeGuide(shrinkImage(composed.image, size * GUIDE_FACTOR, size * GUIDE_FACTOR)) : undefined;
    // The drawing is in the strip's own style: carried over like a same-style reference.
    const drawn = await drawPanel(engine, job, states, ref, opts.strength ?? defaults.sampling.strength, guide);
    images = [...drawn.map((img) => resizeImage(img, frame.width, frame.height)), composed.image];
  }
  progress('done', 1, 1);
  const result: PanelResult = {
    index, text, lang: detectLang(text), variants: images, reference: null, alternatives: [], seed, source: 'composed', composed,
  };
  if (job.plan) result.plan = job.plan;
  return result;
}
