// The three lettering faces and the sizes each balloon kind uses, in page pixels at the 800 px design width.
// The page is read on a phone at ~360–400 CSS px, i.e. shrunk ×0.45: a 27 px letter is ~12 CSS px there,
// the smallest size that stays legible, so nothing is ever lettered below MIN_FONT_SIZE.
import type { BalloonKind, LetteringFonts } from './lettering-contract';

/** CSS family names: the @fontsource packages' names in the browser, the same names registered in Node. */
export const LETTERING_FONTS: LetteringFonts = {
  dialogue: 'Nanum Gothic',
  narration: 'Nanum Myeongjo',
  display: 'Black Han Sans',
};

/** How much the page shrinks on a phone (360 CSS px / 800 page px). */
export const PHONE_READING_SCALE = 0.45;
/** ≥ 12 CSS px at PHONE_READING_SCALE. */
export const MIN_FONT_SIZE = 27;
/** An author's size beyond this is taken as a mistake (a balloon the size of the page). */
export const MAX_FONT_SIZE = 240;

const DEFAULT_SIZE: Record<BalloonKind, number> = {
  speech: 30,
  thought: 30,
  shout: 34,
  whisper: 28,
  narration: 28,
  sfx: 72,
};

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT: Record<BalloonKind, number> = {
  speech: 1.3,
  thought: 1.3,
  shout: 1.25,
  whisper: 1.3,
  narration: 1.35,
  sfx: 1.05,
};

export function defaultFontSize(kind: BalloonKind): number {
  return DEFAULT_SIZE[kind];
}

/** A balloon's size: its own if set (kept within MIN_FONT_SIZE…MAX_FONT_SIZE), else its kind's default. */
export function fontSizeOf(kind: BalloonKind, fontSize: number | undefined): number {
  if (fontSize === undefined || !Number.isFinite(fontSize)) return DEFAULT_SIZE[kind];
  return Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, Math.round(fontSize)));
}

function faceOf(kind: BalloonKind, fonts: LetteringFonts): { family: string; fallback: string; weight: number } {
  if (kind === 'narration') return { family: fonts.narration, fallback: 'serif', weight: 400 };
  if (kind === 'sfx') return { family: fonts.display, fallback: 'sans-serif', weight: 400 };
  // A shout is the dialogue face's ExtraBold cut.
  return { family: fonts.dialogue, fallback: 'sans-serif', weight: kind === 'shout' ? 800 : 400 };
}

/** A CSS font shorthand for canvas `ctx.font` and for HTML `style.font`: `400 30px "Nanum Gothic", sans-serif`. */
export function fontFor(kind: BalloonKind, size: number, fonts: LetteringFonts = LETTERING_FONTS): string {
  const face = faceOf(kind, fonts);
  return `${face.weight} ${size}px "${face.family}", ${face.fallback}`;
}
