// What the CLIP lens shows: plain data the controller computes and the element renders.
import type { LabelScore } from './lens-math';
import type { SettingNames } from './setting-words';
import type { RgbaImage } from '../../../core/rgba-image';

export interface LensPanel {
  /** Panel index in the strip (0-based). */
  index: number;
  text: string;
  lang: 'ko' | 'en';
  image: RgbaImage;
  reference: RgbaImage | null;
  /** True when the panel is its reference's picture (a retrieval-only panel). */
  retrieved: boolean;
  labels: { image: LabelScore[]; reference: LabelScore[] | null };
}

export interface LensMapView {
  /** Gallery dots: x, y interleaved (map units), with their setting and captions. */
  xy: Float32Array;
  settings: string[];
  captions: { en: string; ko: string }[];
  labels: string[];
  /** Setting names for labels and tooltips. */
  names: SettingNames;
  explained: [number, number];
  /** Strip points on the same axes, in panel order. */
  sentences: Float64Array;
  panels: Float64Array;
}

export interface LensResult {
  /** The strip's sentences, in strip order: the table's rows. */
  sentences: string[];
  /** Its drawn panels: the table's columns (a panel's `index` is its sentence's row). */
  panels: LensPanel[];
  /** Cosine × 100, rows = sentences, columns = panel images. */
  imageTable: number[];
  /** Cosine × 100, rows = sentences, columns = references (NaN where a panel has none). */
  referenceTable: number[];
  map: LensMapView;
  /** Notes the author should read with the numbers (stale gallery embeddings …). */
  notes: string[];
}

export type LensPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface LensState {
  open: boolean;
  phase: LensPhase;
  /** Why there is nothing to compute yet ('' when there is a strip to look at). */
  blocked: string;
  progress: { label: string; step: number; total: number };
  result?: LensResult;
  error: string;
  /** The strip changed since the result was computed. */
  stale: boolean;
  /** The manifest marks the CLIP towers as smoke weights. */
  smoke: boolean;
}

export const CLOSED_LENS: LensState = {
  open: false, phase: 'idle', blocked: '', progress: { label: '', step: 0, total: 0 }, error: '', stale: false, smoke: false,
};
