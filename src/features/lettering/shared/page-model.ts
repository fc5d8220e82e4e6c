// The vertical page of an episode, derived from the treatment's script: one panel per scene line, its balloons from
// the dialogue under it. What the author changed on the page (shapes, gutters, moved or restyled balloons) is kept
// for panels whose scene line is still there. Pure updates: nothing here mutates its inputs.
import { t } from '../../../core/i18n';
import { balloonsFromScript } from './script-balloons';
import { placeBalloons } from './balloon-placement';
import type { MeasureText } from './lettering-canvas';
import { GUTTERS, PANEL_SHAPES, type Balloon, type EpisodePage, type PagePanel, type PanelShape, type SpeakerSpot } from './lettering-contract';
import type { TreatmentScript } from './script-contract';
import { isPanelShape, MAX_GUTTER, PAGE_COLOR, panelHeight } from './page-layout';

export { pageLayout } from './page-layout';

export const DEFAULT_PAGE_WIDTH = 800;
export const DEFAULT_BACKGROUND = '#ffffff';
/** The models draw square pictures: a square panel shows all of one. */
export const DEFAULT_SHAPE: PanelShape = 'square';

export function emptyPage(): EpisodePage {
  return { width: DEFAULT_PAGE_WIDTH, background: DEFAULT_BACKGROUND, panels: [] };
}

export interface PageFromScriptOptions {
  /** Per panel (script order), where its speakers are when a composed layout knows it: tails aim there, faces stay clear. */
  speakers?: readonly (readonly SpeakerSpot[] | undefined)[];
}

/** The previous page's panels by scene text; the n-th panel with a text matches the n-th one now. */
function panelsByScene(previous: EpisodePage | undefined): (scene: string) => PagePanel | undefined {
  const byScene = new Map<string, PagePanel[]>();
  for (const p of previous?.panels ?? []) byScene.set(p.scene, [...(byScene.get(p.scene) ?? []), p]);
  const taken = new Map<string, number>();
  return (scene) => {
    const n = taken.get(scene) ?? 0;
    taken.set(scene, n + 1);
    return byScene.get(scene)?.[n];
  };
}

/**
 * The page for a script. A panel matched by scene text keeps its shape and balloons (an author's box, tails or
 * style by balloon id); its gutter follows the treatment's blank lines unless the author set one of their own.
 */
export function pageFromScript(
  script: TreatmentScript, previous: EpisodePage | undefined, measure: MeasureText, options: PageFromScriptOptions = {},
): EpisodePage {
  const base = previous ?? emptyPage();
  const match = panelsByScene(previous);
  const panels = script.panels.map((panel, i): PagePanel => {
    const before = match(panel.scene);
    const shape = before?.shape ?? DEFAULT_SHAPE;
    const fromScript = GUTTERS[panel.gutterBefore];
    // A default-sized gutter is the treatment's; any other size was set by the author and stays.
    const authored = before !== undefined && before.gutterBefore !== GUTTERS.normal && before.gutterBefore !== GUTTERS.long;
    const size = { width: base.width, height: panelHeight(base, shape) };
    const balloons = placeBalloons(size, balloonsFromScript(panel, before?.balloons, measure), options.speakers?.[i] ?? [], measure);
    return { scene: panel.scene, shape, gutterBefore: authored ? before.gutterBefore : fromScript, balloons };
  });
  return { width: base.width, background: base.background, panels };
}

function checkPanel(page: EpisodePage, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= page.panels.length) {
    throw new RangeError(t('episode.edit.noPanel', { panel: index + 1, count: page.panels.length }));
  }
}

function withPanel(page: EpisodePage, index: number, change: (panel: PagePanel) => PagePanel): EpisodePage {
  checkPanel(page, index);
  return { ...page, panels: page.panels.map((p, i) => (i === index ? change(p) : p)) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** A balloon moved (not resized) to lie inside a panel `height` tall; tails too. */
function keepInside(balloon: Balloon, height: number): Balloon {
  const box = { ...balloon.box, y: clamp(balloon.box.y, 0, height - balloon.box.h) };
  return { ...balloon, box, tails: balloon.tails.map((p) => ({ x: p.x, y: clamp(p.y, 0, height) })) };
}

/**
 * A new shape for one panel. Balloons are moved up to stay inside a shorter panel; auto-placed ones are placed
 * again by the next pageFromScript (which knows the speakers).
 */
export function setPanelShape(page: EpisodePage, index: number, shape: PanelShape): EpisodePage {
  if (!isPanelShape(shape)) throw new RangeError(t('episode.page.badShape', { value: String(shape), shapes: Object.keys(PANEL_SHAPES).join(', ') }));
  const height = panelHeight(page, shape);
  return withPanel(page, index, (p) => ({ ...p, shape, balloons: p.balloons.map((b) => keepInside(b, height)) }));
}

/** The gap above one panel, in page pixels (a whole number, 0…MAX_GUTTER). */
export function setGutter(page: EpisodePage, index: number, gutter: number): EpisodePage {
  if (!Number.isInteger(gutter) || gutter < 0 || gutter > MAX_GUTTER) throw new RangeError(t('episode.page.badGutter', { value: String(gutter), max: MAX_GUTTER }));
  return withPanel(page, index, (p) => ({ ...p, gutterBefore: gutter }));
}

/** The colour between panels: #rgb or #rrggbb. */
export function setBackground(page: EpisodePage, color: string): EpisodePage {
  if (!PAGE_COLOR.test(color)) throw new RangeError(t('episode.page.badColor', { value: String(color).slice(0, 40) }));
  return { ...page, background: color.toLowerCase() };
}
