// What one panel of the strip shows (the pipeline's PanelResult plus its UI state), its labels, and the pure
// transitions a run makes to the strip's panel list, so a failed or cancelled run never loses a drawn panel.
import type { PanelProgress, PanelResult, PanelStage } from './strip-contract';
import type { ScenePlan } from '../../plans/shared/plan-contract';
import { t } from '../../../core/i18n';

export interface PanelView {
  index: number;
  /** The sentence the panel was (or is being) drawn from. */
  text: string;
  /** 'idle': added to the page after the strip was drawn, not drawn yet. */
  status: 'idle' | 'waiting' | 'running' | 'done' | 'error' | 'cancelled';
  progress?: Omit<PanelProgress, 'index'>;
  /** Kept through a failed or cancelled regeneration, so nothing drawn is lost. */
  result?: PanelResult;
  /** Index into result.variants. */
  chosen: number;
  error?: string;
}

const STAGES: readonly PanelStage[] = ['encode', 'retrieve', 'compose', 'depth', 'denoise', 'decode', 'done'];

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
  const before: Record<PanelStage, number> = { encode: 0, retrieve: 0.05, compose: 0.05, depth: 0.1, denoise: 0.15, decode: 0.95, done: 1 };
  const span: Record<PanelStage, number> = { encode: 0.05, retrieve: 0.05, compose: 0.05, depth: 0.05, denoise: 0.8, decode: 0.05, done: 0 };
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.step / progress.total)) : 0;
  return before[progress.stage] + span[progress.stage] * within;
}

export function startStrip(lines: readonly string[]): PanelView[] {
  return lines.map((text, index) => ({ index, text, status: 'waiting', chosen: 0 }));
}

function update(panels: readonly PanelView[], index: number, change: (p: PanelView) => PanelView): PanelView[] {
  return panels.map((p) => (p.index === index ? change(p) : p));
}

export function withProgress(panels: readonly PanelView[], index: number, progress: Omit<PanelProgress, 'index'>): PanelView[] {
  return update(panels, index, (p) => ({ ...p, status: 'running', progress }));
}

export function withResult(panels: readonly PanelView[], result: PanelResult): PanelView[] {
  return update(panels, result.index, (p) => ({
    ...p,
    text: result.text,
    status: 'done',
    progress: undefined,
    error: undefined,
    result,
    // A redraw starts on its first variant; the old choice indexed the old images.
    chosen: p.result === result ? p.chosen : 0,
  }));
}

export function startPanel(panels: readonly PanelView[], index: number, text: string): PanelView[] {
  return update(panels, index, (p) => ({ ...p, text, status: 'waiting', progress: undefined, error: undefined }));
}

/** After a cancel: panels that were drawn keep their pictures, the rest say they were cancelled. */
export function cancelUnfinished(panels: readonly PanelView[]): PanelView[] {
  return panels.map((p) =>
    p.status === 'waiting' || p.status === 'running'
      ? { ...p, status: p.result ? 'done' : 'cancelled', progress: undefined }
      : p,
  );
}

/**
 * After a failure: the error goes on the panel that was being drawn (the first unfinished one when none
 * had started); panels behind it are marked not drawn; drawn panels are untouched.
 */
export function failUnfinished(panels: readonly PanelView[], message: string): PanelView[] {
  const unfinished = panels.filter((p) => p.status === 'waiting' || p.status === 'running');
  const culprit = unfinished.find((p) => p.status === 'running') ?? unfinished[0];
  return panels.map((p) => {
    if (p === culprit) return { ...p, status: 'error', progress: undefined, error: message };
    if (p.status === 'waiting' || p.status === 'running') {
      return { ...p, status: p.result ? 'done' : 'cancelled', progress: undefined };
    }
    return p;
  });
}

export function choose(panels: readonly PanelView[], index: number, variant: number): PanelView[] {
  return update(panels, index, (p) => ({ ...p, chosen: Math.max(0, Math.min(variant, (p.result?.variants.length ?? 1) - 1)) }));
}

/** The picture each drawn panel exports with, in strip order. */
export function chosenImages(panels: readonly PanelView[]) {
  return panels.flatMap((p) => {
    const image = p.result?.variants[p.chosen] ?? p.result?.variants[0];
    return image ? [image] : [];
  });
}

/** The new strip, unless it has no drawn panel and the previous one had: then the previous one. */
export function keepDrawnStrip(previous: readonly PanelView[], next: PanelView[]): PanelView[] {
  const drawn = (panels: readonly PanelView[]) => panels.some((p) => p.result);
  return !drawn(next) && drawn(previous) ? [...previous] : next;
}

/**
 * The plan a redrawn panel retrieves by: the one given; left out (undefined), the plan it was drawn with while its
 * sentence is unchanged; null, none.
 */
export function redrawPlan(panel: PanelView | undefined, text: string, plan?: ScenePlan | null): ScenePlan | undefined {
  if (plan !== undefined) return plan ?? undefined;
  return panel?.result?.plan && panel.result.text === text.trim() ? panel.result.plan : undefined;
}

/** The strip renumbered after a page edit: each panel's index is its position, so redraws and choices find it. */
function renumber(panels: readonly PanelView[]): PanelView[] {
  return panels.map((p, index) => (p.index === index ? p : { ...p, index }));
}

/** A panel moved from one place to another (a scene line moved in the treatment): its picture moves with it. */
export function movePanel(panels: readonly PanelView[], from: number, to: number): PanelView[] {
  if (from === to || from < 0 || from >= panels.length || to < 0 || to >= panels.length) return [...panels];
  const next = [...panels];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return renumber(next);
}

/** A new, not yet drawn panel at `at` (a scene line inserted in the treatment); the drawn ones keep their pictures. */
export function insertPanel(panels: readonly PanelView[], at: number, text: string): PanelView[] {
  const next = [...panels];
  next.splice(Math.max(0, Math.min(at, panels.length)), 0, { index: -1, text, status: 'idle', chosen: 0 });
  return renumber(next);
}

/** Without the panel at `index` (its scene line deleted from the treatment). */
export function deletePanel(panels: readonly PanelView[], index: number): PanelView[] {
  return renumber(panels.filter((_, i) => i !== index));
}
