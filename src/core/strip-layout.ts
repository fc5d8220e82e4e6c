// Vertical webtoon strip: where each panel goes, and how the strip is cut into upload-sized slices.
// Plain rectangles only; drawing is the caller's job. In core so the strip and the lettering page share one layout.
import { t } from './i18n';

/** WEBTOON CANVAS upload rules. Bytes are decimal megabytes, the stricter reading of "2 MB". */
export const WEBTOON_CANVAS = {
  width: 800,
  maxSliceHeight: 1280,
  maxSliceBytes: 2_000_000,
  maxEpisodeBytes: 20_000_000,
} as const;

/** Width Naver's contests ask for. */
export const NAVER_CONTEST_WIDTH = 690;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StripPanelSpec {
  /** Width / height of the panel. */
  aspect: number;
  /** Time passes before this panel: it gets the larger gap (ignored on the first panel). */
  timeSkipBefore?: boolean;
  /** This panel's own gap above it in px, over gutter and timeSkipGutter (ignored on the first panel). */
  gutterBefore?: number;
}

export interface StripLayoutOptions {
  /** Strip width in px; default 800 (WEBTOON CANVAS); 690 for Naver contests. */
  width?: number;
  /** Space between panels; default 250 px (about one cut per phone screen). */
  gutter?: number;
  /** Space before a panel marked timeSkipBefore; default 1000 px. */
  timeSkipGutter?: number;
  /** Empty space left and right of each panel; default 0 (panels span the strip). */
  sideMargin?: number;
  paddingTop?: number;
  paddingBottom?: number;
}

/** A horizontal band with no panel in it, where the strip may be cut: top ≤ y ≤ bottom. */
export interface Gap {
  top: number;
  bottom: number;
}

export interface StripLayout {
  width: number;
  height: number;
  panels: Rect[];
  /** Padding, gutters and zero-height joins between panels, top to bottom. */
  gaps: Gap[];
}

function checkLength(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`strip layout: ${name} must be an integer ≥ ${min} px, got ${value}`);
  return value;
}

/** Stacks panels top to bottom at the strip width, each as tall as its aspect asks. */
export function layoutStrip(panels: readonly StripPanelSpec[], options: StripLayoutOptions = {}): StripLayout {
  const width = checkLength('width', options.width ?? WEBTOON_CANVAS.width, 1);
  const gutter = checkLength('gutter', options.gutter ?? 250, 0);
  const timeSkipGutter = checkLength('timeSkipGutter', options.timeSkipGutter ?? 1000, 0);
  const sideMargin = checkLength('sideMargin', options.sideMargin ?? 0, 0);
  const paddingTop = checkLength('paddingTop', options.paddingTop ?? 0, 0);
  const paddingBottom = checkLength('paddingBottom', options.paddingBottom ?? 0, 0);
  const panelWidth = width - 2 * sideMargin;
  if (panelWidth < 1) throw new RangeError(`strip layout: side margins of ${sideMargin} px leave no room in ${width} px`);

  const rects: Rect[] = [];
  const gaps: Gap[] = [{ top: 0, bottom: paddingTop }];
  let y = paddingTop;
  panels.forEach((panel, i) => {
    if (!Number.isFinite(panel.aspect) || panel.aspect <= 0) {
      throw new RangeError(`strip layout: panel ${i + 1} has aspect ${panel.aspect}; it must be a positive width/height ratio`);
    }
    if (i > 0) {
      const space = panel.gutterBefore !== undefined ? checkLength(`panel ${i + 1} gutterBefore`, panel.gutterBefore, 0)
        : panel.timeSkipBefore ? timeSkipGutter : gutter;
      gaps.push({ top: y, bottom: y + space });
      y += space;
    }
    const height = Math.max(1, Math.round(panelWidth / panel.aspect));
    rects.push({ x: sideMargin, y, width: panelWidth, height });
    y += height;
  });
  gaps.push({ top: y, bottom: y + paddingBottom });
  return { width, height: y + paddingBottom, panels: rects, gaps };
}

export interface StripSlice extends Rect {
  /** 1-based position in the export. */
  number: number;
  /** True where no gap was in reach, i.e. a panel taller than the slice limit (or the byte budget) forced a cut. */
  cutsPanel: boolean;
  /** True where the cut goes through one of SliceOptions.keepWhole's bands (nothing else was in reach). */
  cutsKept: boolean;
  /** From the estimateBytes hook, when one was given. */
  estimatedBytes?: number;
  /** The hook's estimate stays above maxBytes even after shrinking the slice. */
  overBudget: boolean;
}

export interface SliceOptions {
  /** Default 1280 px. */
  maxHeight?: number;
  /** Default 2 MB; only checked through estimateBytes. */
  maxBytes?: number;
  /** Default 20 MB for the whole episode; only checked through estimateBytes. */
  maxEpisodeBytes?: number;
  /** Estimated encoded size of a slice (e.g. from a trial encode); a slice over maxBytes is cut shorter. */
  estimateBytes?: (slice: Rect) => number;
  /** Bands no cut may go through (balloons); a panel too tall for one slice is cut only outside them. */
  keepWhole?: readonly Gap[];
}

export interface StripSlicing {
  slices: StripSlice[];
  /** Sum of the estimates, when estimateBytes was given. */
  estimatedBytes?: number;
  /** Readable problems for the export dialog: forced cuts, slices or episode over budget. */
  warnings: string[];
}

/** The furthest y in [lo, hi] strictly inside none of the bands, or null. */
function furthestFree(lo: number, hi: number, bands: readonly Gap[]): number | null {
  let y = hi;
  for (;;) {
    const band = bands.find((b) => b.top < y && y < b.bottom);
    if (!band) break;
    y = band.top;
  }
  return y >= lo ? y : null;
}

function insidePanel(layout: StripLayout, y: number): boolean {
  return layout.panels.some((p) => y > p.y && y < p.y + p.height);
}

export interface Cut {
  /** Where the slice from `from` ends. */
  y: number;
  cutsPanel: boolean;
  cutsKept: boolean;
}

/**
 * Where a slice starting at `from`, at most `limit` tall, should end: the furthest gap in reach outside the
 * keep-whole bands; else the furthest point in reach outside them (through a panel taller than the limit);
 * else the limit itself, through a band.
 */
export function nextCut(layout: StripLayout, from: number, limit: number, keepWhole: readonly Gap[] = []): Cut {
  const reach = Math.min(from + limit, layout.height);
  if (reach >= layout.height) return { y: layout.height, cutsPanel: false, cutsKept: false };
  let best: number | null = null;
  for (const gap of layout.gaps) {
    if (gap.top > reach) break;
    const cut = furthestFree(Math.max(gap.top, from + 1), Math.min(gap.bottom, reach), keepWhole);
    if (cut !== null && cut > from) best = Math.max(best ?? cut, cut);
  }
  const y = best ?? furthestFree(from + 1, reach, keepWhole);
  if (y !== null) return { y, cutsPanel: insidePanel(layout, y), cutsKept: false };
  return { y: reach, cutsPanel: insidePanel(layout, reach), cutsKept: true };
}

function bounds(rect: Rect): Rect {
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}

function makeSlice(layout: StripLayout, y: number, limit: number, number: number, keepWhole?: readonly Gap[]): StripSlice {
  const cut = nextCut(layout, y, limit, keepWhole);
  return { x: 0, y, width: layout.width, height: cut.y - y, number, cutsPanel: cut.cutsPanel, cutsKept: cut.cutsKept, overBudget: false };
}

/**
 * Cuts the strip into numbered full-width slices no taller than maxHeight, in gaps wherever possible.
 * Taking the furthest gap in reach each time gives the fewest slices, and only a panel taller than
 * maxHeight is ever cut (unless the byte hook forces shorter slices).
 */
export function sliceStrip(layout: StripLayout, options: SliceOptions = {}): StripSlicing {
  const maxHeight = checkLength('maxHeight', options.maxHeight ?? WEBTOON_CANVAS.maxSliceHeight, 1);
  const maxBytes = options.maxBytes ?? WEBTOON_CANVAS.maxSliceBytes;
  const maxEpisodeBytes = options.maxEpisodeBytes ?? WEBTOON_CANVAS.maxEpisodeBytes;
  const estimate = options.estimateBytes;
  // Below this, shrinking for bytes is not worth a flood of slivers: report the slice as over budget.
  const minShrunkHeight = Math.ceil(maxHeight / 8);
  const slices: StripSlice[] = [];
  const warnings: string[] = [];
  let total = 0;
  let y = 0;
  while (y < layout.height) {
    let slice = makeSlice(layout, y, maxHeight, slices.length + 1, options.keepWhole);
    if (estimate) {
      let bytes = estimate(bounds(slice));
      while (bytes > maxBytes && slice.height > minShrunkHeight) {
        // Assume bytes grow with height; aim a little under the budget so one retry usually fits.
        const target = Math.floor((slice.height * maxBytes * 0.95) / bytes);
        const shorter = makeSlice(layout, y, Math.max(minShrunkHeight, Math.min(slice.height - 1, target)), slice.number, options.keepWhole);
        const shorterBytes = estimate(bounds(shorter));
        // An estimate that does not fall with height cannot be helped by cutting: keep the longer slice.
        if (shorterBytes >= bytes) break;
        slice = shorter;
        bytes = shorterBytes;
      }
      slice.estimatedBytes = bytes;
      slice.overBudget = bytes > maxBytes;
    }
    if (slice.cutsKept) warnings.push(t('export.cutsBalloon', { number: slice.number, y: String(slice.y + slice.height) }));
    else if (slice.cutsPanel) warnings.push(t('export.cutsPanel', { number: slice.number, y: String(slice.y + slice.height) }));
    if (slice.overBudget) warnings.push(t('export.sliceOverBudget', { number: slice.number, bytes: String(slice.estimatedBytes), max: String(maxBytes) }));
    total += slice.estimatedBytes ?? 0;
    slices.push(slice);
    y += slice.height;
  }
  if (estimate && total > maxEpisodeBytes) warnings.push(t('export.episodeOverBudget', { bytes: String(total), max: String(maxEpisodeBytes) }));
  return { slices, estimatedBytes: estimate ? total : undefined, warnings };
}

/** "episode-03.png": numbers padded to the slice count's width (at least 2) so files sort in order. */
export function sliceFileName(base: string, number: number, total: number, extension = 'png'): string {
  const digits = Math.max(2, String(total).length);
  return `${base}-${String(number).padStart(digits, '0')}.${extension}`;
}
