// The episode as upload-ready slices (WEBTOON CANVAS): panels cover-fit into their shapes, balloons drawn over them,
// cut in gutters and never through a balloon, each slice ≤ 1280 px tall and ≤ 2 MB, the whole ≤ 20 MB, at 800 px
// (or 690, the whole page scaled). The canvas comes from the caller (OffscreenCanvas in the browser, @napi-rs/canvas
// in Node), so the app and the CLI draw the same pixels with this one code path.
import { t } from '../../../core/i18n';
import type { RgbaImage } from '../../../core/rgba-image';
import { NAVER_CONTEST_WIDTH, nextCut, WEBTOON_CANVAS, type StripLayout } from '../../../core/strip-layout';
import type { Balloon, EpisodeManifest, EpisodePage, EpisodeSlice, LetteringFonts } from './lettering-contract';
import { drawBalloons as letter } from './balloon-draw';
import type { LetteringCanvas } from './lettering-canvas';
import { clampBalloonText, MAX_BALLOON_TEXT } from './text-layout';
import { balloonBands, coverCrop, pageLayout } from './page-layout';

export const EXPORT_WIDTHS = [WEBTOON_CANVAS.width, NAVER_CONTEST_WIDTH] as const;
export const IMAGE_FORMATS = ['png', 'jpeg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
/** Tried in order, per slice, before a slice is cut shorter; the episode starts lower when the whole is over 20 MB. */
export const JPEG_QUALITIES = [0.92, 0.85, 0.78, 0.7, 0.6, 0.5] as const;
/** Panels with no picture yet are drawn as this flat grey frame. */
export const EMPTY_PANEL_COLOR = '#e4e4e4';

/** The part of a 2D context the export draws with (the lettering's and the pictures'); the DOM's and @napi-rs/canvas's both fit. */
export interface EpisodeContext extends LetteringCanvas {
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: 'low' | 'medium' | 'high';
  fillRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: object, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
}

/** One canvas to draw a slice on and encode. */
export interface EpisodeSurface<C extends EpisodeContext> {
  ctx: C;
  /** PNG or JPEG bytes; quality (0–1) for JPEG only. */
  encode(format: ImageFormat, quality?: number): Promise<Uint8Array>;
}

/** What the platform gives: canvases and a drawable holding an image's pixels. */
export interface CanvasFactory<C extends EpisodeContext> {
  surface(width: number, height: number): EpisodeSurface<C>;
  /** Something ctx.drawImage takes (an OffscreenCanvas, a @napi-rs Canvas) holding these pixels. */
  drawable(image: RgbaImage): object;
}

/** Draws balloons in panel pixels × scale at the context's origin: balloon-draw.ts's drawBalloons. */
export type BalloonPainter<C> = (ctx: C, balloons: readonly Balloon[], options: { scale: number; fonts?: LetteringFonts }) => void;

export interface RenderOptions<C extends EpisodeContext> {
  canvas: CanvasFactory<C>;
  /** The lettering's drawBalloons (the one drawing path); tests may pass a simpler one. */
  drawBalloons?: BalloonPainter<C>;
  /** The faces to letter with; default LETTERING_FONTS (registered in Node, loaded by the page in the browser). */
  fonts?: LetteringFonts;
  /** 800 (default) or 690. */
  width?: number;
  format?: ImageFormat;
  /** Stricter limits for tests; the platform's by default. */
  limits?: { maxSliceHeight?: number; maxSliceBytes?: number; maxEpisodeBytes?: number };
  signal?: AbortSignal;
  /** After each slice is encoded. */
  onSlice?: (done: number) => void;
}

export interface RenderedSlice extends EpisodeSlice {
  /** Top of the slice on the page at the export width. */
  y: number;
  data: Uint8Array;
}

export interface RenderedEpisode {
  slices: RenderedSlice[];
  manifest: EpisodeManifest;
  warnings: string[];
}

/** "01.png", "02.png", …: padded to the slice count's width (at least 2) so the files sort in order. */
export function sliceName(number: number, total: number, format: ImageFormat): string {
  return `${String(number).padStart(Math.max(2, String(total).length), '0')}.${format === 'jpeg' ? 'jpg' : 'png'}`;
}

/** episode.json's balloons: every balloon as drawn, its box in panel pixels at the export width; panel is 0-based. */
export function manifestBalloons(page: EpisodePage, width: number): EpisodeManifest['balloons'] {
  const s = width / page.width;
  return page.panels.flatMap((panel, i) => panel.balloons.map((b) => ({
    panel: i, kind: b.kind, speaker: b.speaker ?? null, text: b.text,
    box: [Math.round(b.box.x * s), Math.round(b.box.y * s), Math.round(b.box.w * s), Math.round(b.box.h * s)] as [number, number, number, number],
  })));
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Paints page rows [top, top + height) at the export width onto a fresh surface. */
function paintSlice<C extends EpisodeContext>(
  page: EpisodePage, layout: StripLayout, bands: ReturnType<typeof balloonBands>, drawables: (object | null)[],
  images: readonly (RgbaImage | null | undefined)[], top: number, height: number, options: RenderOptions<C>,
): EpisodeSurface<C> {
  const surface = options.canvas.surface(layout.width, height);
  const { ctx } = surface;
  ctx.fillStyle = page.background;
  ctx.fillRect(0, 0, layout.width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.save();
  ctx.translate(0, -top);
  layout.panels.forEach((rect, i) => {
    if (rect.y >= top + height || rect.y + rect.height <= top) return;
    const image = images[i];
    const drawable = drawables[i];
    if (image && drawable) {
      const src = coverCrop(image.width, image.height, rect.width, rect.height);
      ctx.drawImage(drawable, src.x, src.y, src.width, src.height, rect.x, rect.y, rect.width, rect.height);
    } else {
      ctx.fillStyle = EMPTY_PANEL_COLOR;
      ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    }
  });
  // Balloons after every picture: one may reach over a gutter into the next panel's space.
  const scale = layout.width / page.width;
  layout.panels.forEach((rect, i) => {
    const here = bands.filter((b) => b.panel === i && b.top < top + height && b.bottom > top).map((b) => b.balloon);
    if (!here.length) return;
    ctx.save();
    ctx.translate(rect.x, rect.y);
    (options.drawBalloons ?? letter)(ctx, here, { scale, fonts: options.fonts });
    ctx.restore();
  });
  ctx.restore();
  return surface;
}

/**
 * Renders the page and the chosen picture of each panel (null: not drawn yet) into slices. Each slice ends at the
 * furthest gutter in reach that no balloon crosses; a panel taller than the limit is cut only where no balloon is.
 * A slice over the byte limit is encoded again at lower JPEG qualities, then cut shorter; a whole over 20 MB is
 * encoded again from a lower quality. Whatever still breaks a rule is reported in `warnings`, never hidden.
 */
export async function renderEpisode<C extends EpisodeContext>(
  page: EpisodePage, images: readonly (RgbaImage | null | undefined)[], options: RenderOptions<C>,
): Promise<RenderedEpisode> {
  const width = options.width ?? WEBTOON_CANVAS.width;
  if (!(EXPORT_WIDTHS as readonly number[]).includes(width)) throw new RangeError(t('export.badWidth', { width: String(width) }));
  if (page.panels.length === 0) throw new Error(t('export.nothing'));
  const format = options.format ?? 'png';
  const maxHeight = options.limits?.maxSliceHeight ?? WEBTOON_CANVAS.maxSliceHeight;
  const maxBytes = options.limits?.maxSliceBytes ?? WEBTOON_CANVAS.maxSliceBytes;
  const maxEpisodeBytes = options.limits?.maxEpisodeBytes ?? WEBTOON_CANVAS.maxEpisodeBytes;
  // Below this, shortening for bytes is not worth a flood of slivers: the slice is reported as over instead.
  const minHeight = Math.ceil(maxHeight / 8);
  const layout = pageLayout(page, width);
  const bands = balloonBands(page, layout);
  const keepWhole = bands.map(({ top, bottom }) => ({ top, bottom }));
  const drawables = page.panels.map((_, i) => (images[i] ? options.canvas.drawable(images[i]!) : null));
  const qualities: readonly (number | undefined)[] = format === 'jpeg' ? JPEG_QUALITIES : [undefined];

  const pass = async (first: number) => {
    const slices: RenderedSlice[] = [];
    const warnings: string[] = [];
    let lowest = first;
    let y = 0;
    while (y < layout.height) {
      let limit: number = maxHeight;
      for (;;) {
        options.signal?.throwIfAborted();
        const cut = nextCut(layout, y, limit, keepWhole);
        const height = cut.y - y;
        const surface = paintSlice(page, layout, bands, drawables, images, y, height, options);
        let q = first;
        let data = await surface.encode(format, qualities[q]);
        while (data.length > maxBytes && q + 1 < qualities.length) data = await surface.encode(format, qualities[++q]);
        if (data.length <= maxBytes || height <= minHeight) {
          lowest = Math.max(lowest, q);
          const number = slices.length + 1;
          if (cut.cutsKept) warnings.push(t('export.cutsBalloon', { number, y: String(cut.y) }));
          else if (cut.cutsPanel) warnings.push(t('export.cutsPanel', { number, y: String(cut.y) }));
          if (limit < maxHeight && cut.y < layout.height) warnings.push(t('export.sliceShortened', { number, height }));
          if (data.length > maxBytes) warnings.push(t('export.sliceTooBig', { number, size: megabytes(data.length) }));
          slices.push({ file: '', width: layout.width, height, bytes: data.length, y, data });
          options.onSlice?.(slices.length);
          y = cut.y;
          break;
        }
        // Bytes grow about with height: aim a little under the limit so one retry usually fits.
        limit = Math.max(minHeight, Math.min(height - 1, Math.floor((height * maxBytes * 0.9) / data.length)));
      }
    }
    return { slices, warnings, lowest, total: slices.reduce((n, s) => n + s.bytes, 0) };
  };

  let result = await pass(0);
  while (result.total > maxEpisodeBytes && format === 'jpeg' && result.lowest + 1 < qualities.length) result = await pass(result.lowest + 1);
  const { slices, warnings } = result;
  slices.forEach((s, i) => (s.file = sliceName(i + 1, slices.length, format)));
  if (format === 'jpeg' && result.lowest > 0) warnings.unshift(t('export.qualityLowered', { quality: Math.round(qualities[result.lowest]! * 100) }));
  if (result.total > maxEpisodeBytes) {
    warnings.push(t(format === 'jpeg' ? 'export.episodeTooBig' : 'export.episodeTooBigPng', { size: megabytes(result.total) }));
  }
  warnings.unshift(
    ...page.panels.flatMap((_, i) => (images[i] ? [] : [t('export.noPicture', { panel: i + 1 })])),
    // The drawing letters only the start of an overlong balloon (the text itself is kept whole): say so.
    ...page.panels.flatMap((panel, i) => panel.balloons.filter((b) => clampBalloonText(b.text).truncated)
      .map((b) => t('export.balloonTruncated', { panel: i + 1, start: b.text.slice(0, 24), max: MAX_BALLOON_TEXT }))),
  );
  const manifest: EpisodeManifest = {
    format: 'toonsmith-episode', version: 1, width,
    slices: slices.map(({ file, width: w, height, bytes }) => ({ file, width: w, height, bytes })),
    balloons: manifestBalloons(page, width),
    warnings,
  };
  return { slices, manifest, warnings };
}
