// Balloon text that fits: `fitBalloon` sizes a balloon for its text (padding kept, wider up to a cap, then more
// lines), `layoutBalloonText` sets the text inside a given box (centred lines, the font shrunk toward
// MIN_FONT_SIZE when an author made the box too small). The layout is what is drawn; fit only picks the box.
import { bodyMargin, boxForText, textPadding, textWidthIn } from './balloon-body';
import type { MeasureText } from './lettering-canvas';
import type { Balloon, BalloonKind, Box, LetteringFonts } from './lettering-contract';
import { LETTERING_FONTS, LINE_HEIGHT, MIN_FONT_SIZE, fontFor, fontSizeOf } from './lettering-fonts';
import { balancedLines, breakLines, clampBalloonText, narrowestLines, widestLine } from './text-layout';

/** Widest a line of text gets before it wraps, in ems: ~9 Hangul syllables, ~18 Latin letters at 30 px. */
const TEXT_CAP_EM: Record<BalloonKind, number> = {
  speech: 9,
  thought: 9,
  shout: 9,
  whisper: 9,
  narration: 14,
  sfx: 8,
};

export interface FitOptions {
  /** The balloon's own size; absent: its kind's default. */
  fontSize?: number;
  /** Widest a line may be before wrapping, px (default: the kind's cap, ~9 em for dialogue). */
  maxTextWidth?: number;
  /** The most room the balloon may take (the panel): wider lines, then a smaller font, are tried to stay within. */
  maxBox?: { w: number; h: number };
  fonts?: LetteringFonts;
}

export interface BalloonFit {
  w: number;
  h: number;
  fontSize: number;
  lines: string[];
  /** The text was cut for layout (MAX_BALLOON_TEXT / MAX_BALLOON_LINES); the balloon keeps it whole. */
  truncated: boolean;
  /** Even at MIN_FONT_SIZE and the widest lines it does not fit `maxBox`. */
  overflow: boolean;
}

export interface LaidOutLine {
  text: string;
  /** Centre of the line (draw with textAlign 'center'). */
  x: number;
  /** Alphabetic baseline. */
  y: number;
}

export interface BalloonTextLayout {
  font: string;
  fontSize: number;
  lineHeight: number;
  lines: LaidOutLine[];
  truncated: boolean;
  /** The text does not fit the box even at MIN_FONT_SIZE: it is drawn anyway, spilling over. */
  overflow: boolean;
}

/** Where the alphabetic baseline sits below a line's centre, in ems (Hangul and Latin caps look centred). */
const BASELINE_BELOW_CENTRE = 0.36;

interface SetText {
  lines: string[];
  fontSize: number;
  fits: boolean;
}

/** Lines for `text` at `size` inside `box`: the widest band first, narrowing as lines are added, then balanced. */
function setInBox(kind: BalloonKind, text: string, box: Box, size: number, measure: MeasureText, fonts: LetteringFonts): SetText {
  const font = fontFor(kind, size, fonts);
  const lh = size * LINE_HEIGHT[kind];
  let width = textWidthIn(kind, box, size, lh);
  for (let round = 0; round < 16 && width > 0; round++) {
    const lines = breakLines(text, width, font, measure);
    const room = textWidthIn(kind, box, size, lines.length * lh);
    if (room <= 0) break;
    if (widestLine(lines, font, measure) <= room + 0.01) {
      return { lines: balancedLines(text, room, font, measure), fontSize: size, fits: true };
    }
    width = room;
  }
  return { lines: breakLines(text, Math.max(1, width), font, measure), fontSize: size, fits: false };
}

function place(kind: BalloonKind, box: Box, set: SetText, fonts: LetteringFonts, truncated: boolean): BalloonTextLayout {
  const lh = set.fontSize * LINE_HEIGHT[kind];
  const cx = box.x + box.w / 2;
  const top = box.y + box.h / 2 - (set.lines.length * lh) / 2;
  return {
    font: fontFor(kind, set.fontSize, fonts),
    fontSize: set.fontSize,
    lineHeight: lh,
    lines: set.lines.map((text, i) => ({
      text,
      x: cx,
      y: Math.round((top + (i + 0.5) * lh + set.fontSize * BASELINE_BELOW_CENTRE) * 100) / 100,
    })),
    truncated,
    overflow: !set.fits,
  };
}

/** The balloon's text set in its box, in panel pixels. */
export function layoutBalloonText(
  balloon: Pick<Balloon, 'kind' | 'text' | 'box' | 'fontSize'>,
  measure: MeasureText,
  fonts: LetteringFonts = LETTERING_FONTS,
): BalloonTextLayout {
  const { text, truncated } = clampBalloonText(balloon.text);
  const wanted = fontSizeOf(balloon.kind, balloon.fontSize);
  let set = setInBox(balloon.kind, text, balloon.box, wanted, measure, fonts);
  for (let size = wanted - 1; !set.fits && size >= MIN_FONT_SIZE; size--) {
    const smaller = setInBox(balloon.kind, text, balloon.box, size, measure, fonts);
    if (smaller.fits || size === MIN_FONT_SIZE) set = smaller;
  }
  return place(balloon.kind, balloon.box, set, fonts, truncated);
}

/** Lines longer than this many look like a column: a long text gets wider lines first. */
const COMFORTABLE_LINES = 6;

/** Extra lines an oval may take beyond the fewest: each is worth it only if the balloon gets that much smaller. */
const EXTRA_LINES = 3;
const EXTRA_LINE_COST = 0.25;

/**
 * The box for `text` at `size` with lines at most `cap` wide. An oval takes the line count (the fewest, or up to
 * three more) whose box is smallest, so it grows in area as its text grows instead of becoming a long flat lozenge.
 */
function naturalBox(kind: BalloonKind, text: string, size: number, cap: number, measure: MeasureText, fonts: LetteringFonts) {
  const font = fontFor(kind, size, fonts);
  const lh = size * LINE_HEIGHT[kind];
  const fewest = breakLines(text, cap, font, measure).length;
  const oval = kind !== 'narration' && kind !== 'sfx';
  let best: { w: number; h: number } | undefined;
  let bestCost = Infinity;
  for (let n = fewest; n <= (oval ? fewest + EXTRA_LINES : fewest); n++) {
    const lines = narrowestLines(text, n, cap, font, measure);
    if (!lines || (n > fewest && lines.length < n)) continue;
    const box = boxForText(kind, widestLine(lines, font, measure), lines.length * lh, size);
    const cost = box.w * box.h * (1 + EXTRA_LINE_COST * (n - fewest));
    if (cost < bestCost) {
      bestCost = cost;
      best = box;
    }
  }
  return best ?? boxForText(kind, cap, fewest * lh, size);
}

/** The widest text whose box still fits `width` (for an oval: the least-area one, a little under that). */
function widestTextFor(kind: BalloonKind, width: number, size: number): number {
  const room = width - 2 * bodyMargin(kind, size) - 2 * textPadding(kind, size).x;
  return kind === 'narration' || kind === 'sfx' ? room : (width - 2 * bodyMargin(kind, size)) / Math.SQRT2 - 2 * textPadding(kind, size).x;
}

/** Line widths to try at `size`: the kind's cap, wider steps, the widest `maxWidth` allows. */
function capsAt(kind: BalloonKind, size: number, options: FitOptions): number[] {
  const cap = options.maxTextWidth ?? TEXT_CAP_EM[kind] * size;
  const widest = options.maxBox ? widestTextFor(kind, options.maxBox.w, size) : cap * 2;
  const caps = [1, 1.3, 1.6, 2].map((k) => Math.min(cap * k, widest)).filter((c) => c > 0);
  return [...new Set(caps)];
}

/** The box a balloon of this kind needs for its text: grows wider up to the line cap, then taller. */
export function fitBalloon(kind: BalloonKind, text: string, measure: MeasureText, options: FitOptions = {}): BalloonFit {
  const fonts = options.fonts ?? LETTERING_FONTS;
  const clamped = clampBalloonText(text);
  const wanted = fontSizeOf(kind, options.fontSize);
  const within = (b: { w: number; h: number }) => !options.maxBox || (b.w <= options.maxBox.w && b.h <= options.maxBox.h);
  const lineCount = (size: number, cap: number) => balancedLines(clamped.text, cap, fontFor(kind, size, fonts), measure).length;
  // A long text: wider lines before more than a few of them (an explicit maxTextWidth is kept as given).
  const caps = capsAt(kind, wanted, options);
  const cap = options.maxTextWidth !== undefined ? caps[0] : (caps.find((c) => lineCount(wanted, c) <= COMFORTABLE_LINES) ?? caps[caps.length - 1]);
  let chosen = { size: wanted, box: naturalBox(kind, clamped.text, wanted, cap, measure, fonts) };
  let overflow = false;
  if (!within(chosen.box)) {
    // Too big for the panel: the widest lines that fit, then smaller letters, never below the legible minimum.
    overflow = true;
    search: for (let size = wanted; size >= MIN_FONT_SIZE; size -= size - MIN_FONT_SIZE > 2 ? 2 : 1) {
      for (const c of capsAt(kind, size, options)) {
        const box = naturalBox(kind, clamped.text, size, c, measure, fonts);
        if (within(box)) {
          chosen = { size, box };
          overflow = false;
          break search;
        }
      }
    }
    if (overflow) {
      const widest = capsAt(kind, MIN_FONT_SIZE, options);
      chosen = { size: MIN_FONT_SIZE, box: naturalBox(kind, clamped.text, MIN_FONT_SIZE, widest[widest.length - 1], measure, fonts) };
    }
  }
  // The layout is the truth: a box from rounded sizes holds its lines; grow it a pixel at a time if not.
  let box: Box = { x: 0, y: 0, ...chosen.box };
  let set = setInBox(kind, clamped.text, box, chosen.size, measure, fonts);
  for (let i = 0; i < 8 && !set.fits; i++) {
    box = { ...box, w: box.w + 2, h: box.h + 2 };
    set = setInBox(kind, clamped.text, box, chosen.size, measure, fonts);
  }
  return { w: box.w, h: box.h, fontSize: chosen.size, lines: set.lines, truncated: clamped.truncated, overflow };
}
