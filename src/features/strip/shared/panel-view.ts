// What one panel of the strip shows: the pipeline's PanelResult plus its UI state.
import type { PanelProgress, PanelResult, PanelStage } from './strip-contract';
import { t } from '../../../core/i18n';

export interface PanelView {
  index: number;
  /** The sentence the panel was (or is being) drawn from. */
  text: string;
  status: 'waiting' | 'running' | 'done' | 'error' | 'cancelled';
  progress?: Omit<PanelProgress, 'index'>;
  /** Kept through a failed or cancelled regeneration, so nothing drawn is lost. */
  result?: PanelResult;
  /** Index into result.variants. */
  chosen: number;
  error?: string;
}

const STAGES: readonly PanelStage[] = ['encode', 'retrieve', 'depth', 'denoise', 'decode', 'done'];

/** "Drawing 12 / 25"; the step count only where the stage has more than one step. */
export function progressLabel(progress: PanelView['progress']): string {
  if (!progress) return t('stage.waiting');
  const label = STAGES.includes(progress.stage) ? t(`stage.${progress.stage}`) : progress.stage;
  return progress.total > 1 ? t('stage.steps', { stage: label, step: progress.step, total: progress.total }) : label;
}

/** Cosine similarity as a whole percent, clamped to 0–100 so a negative score never reads as "-3 %". */
export function scoreLabel(score: number): string {
  if (!Number.isFinite(score)) return '–';
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)} %`;
}

/** Fraction done across stages, for a progress bar: denoising dominates the time, so it gets most of the bar. */
export function progressFraction(progress: PanelView['progress']): number {
  if (!progress) return 0;
  const before: Record<PanelStage, number> = { encode: 0, retrieve: 0.05, depth: 0.1, denoise: 0.15, decode: 0.95, done: 1 };
  const span: Record<PanelStage, number> = { encode: 0.05, retrieve: 0.05, depth: 0.05, denoise: 0.8, decode: 0.05, done: 0 };
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.step / progress.total)) : 0;
  return before[progress.stage] + span[progress.stage] * within;
}
