// The page as the draft store gives it back: checked, never trusted. A damaged part costs only itself (a bad balloon
// is dropped, a bad shape falls back to the default), never the draft, and the result is always a usable page.
import { BALLOON_KINDS, GUTTERS, type Balloon, type BalloonKind, type Box, type EpisodePage, type PagePanel, type Point } from './lettering-contract';
import { DEFAULT_BACKGROUND, DEFAULT_PAGE_WIDTH, DEFAULT_SHAPE, emptyPage } from './page-model';
import { MAX_GUTTER, PAGE_COLOR, isPanelShape } from './page-layout';
/** Caps on what a (possibly corrupted) stored page may hold; far above any real episode. */
export const MAX_STORED_PANELS = 500;
export const MAX_STORED_BALLOONS = 64;
export const MAX_STORED_TAILS = 8;
/** Longer balloon text is cut when read back: the treatment holds the words, the page only a copy. */
export const MAX_STORED_TEXT = 20_000;
const MAX_COORD = 100_000;

/** A colour the background picker writes: `#rgb` or `#rrggbb`. Anything else could be any CSS, so it is refused. */
export function isBackgroundColour(value: unknown): value is string {
  return typeof value === 'string' && PAGE_COLOR.test(value);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORD;

function readPoint(value: unknown): Point | undefined {
  if (!isObject(value) || !finite(value.x) || !finite(value.y)) return undefined;
  return { x: value.x, y: value.y };
}

function readBox(value: unknown): Box | undefined {
  if (!isObject(value) || !finite(value.x) || !finite(value.y) || !finite(value.w) || !finite(value.h)) return undefined;
  if (value.w <= 0 || value.h <= 0) return undefined;
  return { x: value.x, y: value.y, w: value.w, h: value.h };
}

export function readBalloon(value: unknown): Balloon | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, speaker, text, placed, fontSize } = value;
  const box = readBox(value.box);
  if (typeof id !== 'string' || !id || id.length > 4000 || typeof text !== 'string' || !box) return undefined;
  if (!BALLOON_KINDS.includes(kind as BalloonKind)) return undefined;
  const tails = Array.isArray(value.tails) ? value.tails.slice(0, MAX_STORED_TAILS).map(readPoint).filter((p): p is Point => !!p) : [];
  const balloon: Balloon = {
    id,
    kind: kind as BalloonKind,
    text: text.slice(0, MAX_STORED_TEXT),
    box,
    tails,
    placed: placed === 'author' ? 'author' : 'auto',
  };
  if (typeof speaker === 'string' && speaker) balloon.speaker = speaker.slice(0, 200);
  if (typeof fontSize === 'number' && Number.isFinite(fontSize) && fontSize >= 4 && fontSize <= 400) balloon.fontSize = fontSize;
  return balloon;
}

function readPanel(value: unknown): PagePanel | undefined {
  if (!isObject(value) || typeof value.scene !== 'string') return undefined;
  const shape = isPanelShape(value.shape) ? value.shape : DEFAULT_SHAPE;
  const gutter = value.gutterBefore;
  const gutterBefore = typeof gutter === 'number' && Number.isFinite(gutter) && gutter >= 0 ? Math.min(Math.round(gutter), MAX_GUTTER) : GUTTERS.normal;
  const seen = new Set<string>();
  const balloons = (Array.isArray(value.balloons) ? value.balloons.slice(0, MAX_STORED_BALLOONS) : [])
    .map(readBalloon)
    // Ids are how edits find their balloon: a repeated id would edit two at once.
    .filter((b): b is Balloon => !!b && !seen.has(b.id) && (seen.add(b.id), true));
  return { scene: value.scene, shape, gutterBefore, balloons };
}

/** Any stored value → a page: the parts that check out, defaults for the rest. */
export function readStoredPage(value: unknown): EpisodePage {
  if (!isObject(value)) return emptyPage();
  const background = isBackgroundColour(value.background) ? value.background : DEFAULT_BACKGROUND;
  const panels = (Array.isArray(value.panels) ? value.panels.slice(0, MAX_STORED_PANELS) : [])
    .map(readPanel)
    .filter((p): p is PagePanel => !!p);
  // The design width is fixed (an export at 690 px scales the whole page), so a stored one is not read.
  return { width: DEFAULT_PAGE_WIDTH, background, panels };
}
