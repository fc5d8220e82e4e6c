// The strip's data contract, one name each: what the controls choose, what a run reports, what a panel holds.
import type { TextStates } from '../../../core/models/text-model';
import type { DenoiseRequest } from '../../../core/models/diffusion-model';
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';

export const PANEL_MODES = ['diffusion', 'gan', 'retrieval'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

/** The art styles the models were trained on; a suite's app-defaults.json lists the ones it offers. */
export const ART_STYLES = ['ink', 'pastel', 'screentone', 'manga'] as const;
export type ArtStyle = (typeof ART_STYLES)[number];

export const PANEL_STAGES = ['encode', 'retrieve', 'depth', 'denoise', 'decode', 'done'] as const;
export type PanelStage = (typeof PANEL_STAGES)[number];

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
   * The author's scene plans, indexed by line (null: no plan for that line). Each is a features/plans/shared
   * ScenePlan; a feature's shared imports no other feature's, so only the line text is named here and retrieval
   * reads the rest as ScenePlan where it may import it (strip/client, strip/worker).
   */
  plans?: readonly (StripLinePlan | null)[];
}

/** What StripOptions.plans names of a ScenePlan (features/plans/shared/plan-contract.ts); a ScenePlan is one. */
export interface StripLinePlan {
  readonly text: string;
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
}

export interface PanelResult {
  index: number;
  text: string;
  lang: 'ko' | 'en' | 'mixed';
  variants: RgbaImage[];
  reference: ReferenceHit | null;
  alternatives: ReferenceHit[];
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
}

/** The models one panel needs: worker bridges in the browser, onnxruntime-node in the CLIs. */
export interface PanelEngine {
  encodeText(texts: string[], signal?: AbortSignal): Promise<TextStates>;
  search(embedding: Float32Array, k: number, signal?: AbortSignal): Promise<SceneHit[]>;
  reference(id: string, signal?: AbortSignal): Promise<{ image: RgbaImage; depth: DepthMap }>;
  denoise(req: DenoiseRequest, onStep: (step: number, total: number) => void, signal?: AbortSignal): Promise<RgbaImage[]>;
  /** [n, 3, 64, 64] in [-1, 1]. */
  gan(sentence: Float32Array, seeds: number[], signal?: AbortSignal): Promise<Float32Array>;
}
