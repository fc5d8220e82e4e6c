// The strip's data contract, one name each: what the controls choose, what a run reports, what a panel holds.
import type { TextStates } from '../../../core/models/text-model';
import type { DenoiseRequest } from '../../../core/models/diffusion-model';
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import type { CastLook, ComposedPanel, PanelLayout } from '../../composer/shared/composer-contract';

export const PANEL_MODES = ['diffusion', 'gan', 'retrieval'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

/** The art styles the models were trained on; a suite's app-defaults.json lists the ones it offers. */
export const ART_STYLES = ['ink', 'pastel', 'screentone', 'manga'] as const;
export type ArtStyle = (typeof ART_STYLES)[number];

export const PANEL_STAGES = ['encode', 'retrieve', 'compose', 'depth', 'denoise', 'decode', 'done'] as const;
export type PanelStage = (typeof PANEL_STAGES)[number];

/**
 * Where a panel's reference comes from: composed from its scene plan (or the author's edited layout) by the
 * composer, retrieved from the shipped gallery (the thesis's retrieval), or the author's own images.
 */
export const REFERENCE_SOURCES = ['composed', 'gallery', 'own'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

/** The composed drawing's size: 800 px wide, the height from the panel's shape. */
export interface PanelFrame {
  width: number;
  height: number;
}

export interface StripOptions {
  mode: PanelMode;
  style: ArtStyle;
  seed: number;
  /** Unset: the suite's app-defaults.json. */
  steps?: number;
  guidance?: number;
  strength?: number;
  variants?: number;
  /**
   * The scene plan of each line, indexed like the lines given to the run (generateStrip's `lines`; for one
   * redrawn panel, its index). A line with a plan retrieves by it (plans/shared/plan-retrieval.ts); a line
   * without one (null, absent, or no `plans` at all) retrieves by CLIP alone, as before plans.
   */
  plans?: readonly (ScenePlan | null | undefined)[];
  /** Unset: composed where the engine can compose, else the gallery. */
  source?: ReferenceSource;
  /** Indexed like `plans`: the layout the author edited for a line; composed as is instead of from the plan. */
  layouts?: readonly (PanelLayout | null | undefined)[];
  /** Indexed like `plans`: each panel's composed size (the page's shape); unset: 800 × 800. */
  frames?: readonly (PanelFrame | null | undefined)[];
  /** The treatment's cast looks, the same in every panel. */
  looks?: Readonly<Record<string, CastLook>>;
}

/** A scene's object kind and how many of it. */
export interface SceneObjectCount {
  kind: string;
  count: number;
}

export interface ReferenceHit {
  id: string;
  score: number;
  setting: string;
  /** The gallery's name for the setting in both languages, when it has one. */
  settingNames?: { en: string; ko: string };
  style: string;
  source: 'gallery' | 'user';
  thumb: RgbaImage;
  /** A gallery scene's time of day and objects with counts; the author's references have none. */
  time?: string;
  objects?: SceneObjectCount[];
  /** Set when a plan chose this reference: the kinds the plan names that it lacks (empty when it holds them all). */
  missing?: string[];
}

export interface PanelResult {
  index: number;
  text: string;
  lang: 'ko' | 'en' | 'mixed';
  variants: RgbaImage[];
  reference: ReferenceHit | null;
  alternatives: ReferenceHit[];
  seed: number;
  /** The plan the panel was retrieved by; absent when its line had none. */
  plan?: ScenePlan;
  /** Where its reference came from (absent in results made before reference sources: the gallery). */
  source?: ReferenceSource;
  /** A composed panel: the layout, the drawing at its export size (also the last variant) and its exact depth. */
  composed?: ComposedPanel;
}

/** What the engine composes: the author's layout as it is, or the line's plan placed at the panel's size. */
/**
 * Edge maps of the composed drawing at the upscaled size (core/models/upscale-guide.ts), one per image (null: none):
 * an engine with the suite's guided upscaler follows the drawing's lines with them; others ignore them.
 */
export type UpscaleGuides = readonly (Float32Array | null)[];

export interface ComposeRequest {
  text: string;
  plan?: ScenePlan;
  layout?: PanelLayout;
  frame: PanelFrame;
  looks: Readonly<Record<string, CastLook>>;
  style: ArtStyle;
  seed: number;
}

export interface PanelProgress {
  index: number;
  stage: PanelStage;
  step: number;
  total: number;
}

/** A gallery search hit with the scene's metadata. */
export interface SceneHit {
  id: string;
  score: number;
  setting: string;
  settingNames?: { en: string; ko: string };
  style: string;
  objects: string[];
  source: 'gallery' | 'user';
  time?: string;
  objectCounts?: SceneObjectCount[];
  /** Only on hits a plan ranked: the kinds the plan names that this scene lacks. */
  missing?: string[];
}

/** The models one panel needs: worker bridges in the browser, onnxruntime-node in the CLIs. */
export interface PanelEngine {
  encodeText(texts: string[], signal?: AbortSignal): Promise<TextStates>;
  /** Top-k by CLIP; with a plan, ranked by plan-retrieval's rankByPlan over all entries instead. */
  search(embedding: Float32Array, k: number, signal?: AbortSignal, plan?: ScenePlan): Promise<SceneHit[]>;
  reference(id: string, signal?: AbortSignal): Promise<{ image: RgbaImage; depth: DepthMap }>;
  denoise(req: DenoiseRequest, onStep: (step: number, total: number) => void, signal?: AbortSignal): Promise<RgbaImage[]>;
  /** [n, 3, 64, 64] in [-1, 1]. */
  gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array>;
  /**
   * The suite's upscaler over drawn panels (×4: 128 → 512 px), same order; null where the suite has none.
   * An engine without it draws panels at their own size.
   */
  upscale?(images: RgbaImage[], signal?: AbortSignal, guides?: UpscaleGuides): Promise<RgbaImage[] | null>;
  /**
   * The composer: the request's layout (or its plan placed at the frame) drawn at the frame's size with its exact
   * depth. An engine without it retrieves references only.
   */
  compose?(req: ComposeRequest, signal?: AbortSignal): Promise<ComposedPanel>;
}
