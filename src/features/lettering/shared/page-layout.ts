// Where the page's panels and balloons are, in page pixels at any export width: the core strip layout with each
// panel's own gutter, and the bands a slice cut must not go through (balloons with their tails).
import { layoutStrip, type Gap, type Rect, type StripLayout } from '../../../core/strip-layout';
import { PANEL_SHAPES, type Balloon, type EpisodePage, type PanelShape } from './lettering-contract';

/** Space above the first panel and below the last one, in page pixels at the design width. */
export const PAGE_PADDING = { top: 80, bottom: 160 } as const;
/** The most a gutter may be (page pixels): five phone screens of nothing is already a long pause. */
export const MAX_GUTTER = 4000;
/** Page colours are plain hex (#rgb or #rrggbb): nothing a renderer or a style attribute could read as more. */
export const PAGE_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** A balloon's stroke and a thought's bubbles reach a little past its box and tail tips (page pixels). */
export const BALLOON_MARGIN = 6;

export function isPanelShape(value: unknown): value is PanelShape {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PANEL_SHAPES, value);
}

/** The panel's height at the design width (what balloon boxes are measured against). */
export function panelHeight(page: Pick<EpisodePage, 'width'>, shape: PanelShape): number {
  return Math.max(1, Math.round(page.width / PANEL_SHAPES[shape]));
}

/** The page at `width` px (default: its design width): every length, gutters and padding included, scaled together. */
export function pageLayout(page: EpisodePage, width = page.width): StripLayout {
  const s = width / page.width;
  return layoutStrip(
    page.panels.map((p) => ({ aspect: PANEL_SHAPES[p.shape], gutterBefore: Math.round(p.gutterBefore * s) })),
    { width, paddingTop: Math.round(PAGE_PADDING.top * s), paddingBottom: Math.round(PAGE_PADDING.bottom * s) },
  );
}

/** Top and bottom of a balloon in its panel's pixels, tails included. */
export function balloonExtent(balloon: Pick<Balloon, 'box' | 'tails'>): { top: number; bottom: number } {
  let top = balloon.box.y;
  let bottom = balloon.box.y + balloon.box.h;
  for (const tip of balloon.tails) {
    top = Math.min(top, tip.y);
    bottom = Math.max(bottom, tip.y);
  }
  return { top, bottom };
}

/** Each balloon's band in layout pixels (margin included), for the slicer's keepWhole, with its panel index. */
export function balloonBands(page: EpisodePage, layout: StripLayout): (Gap & { panel: number; balloon: Balloon })[] {
  const s = layout.width / page.width;
  return page.panels.flatMap((panel, i) => {
    const rect: Rect = layout.panels[i];
    return panel.balloons.map((balloon) => {
      const { top, bottom } = balloonExtent(balloon);
      return { top: Math.floor(rect.y + (top - BALLOON_MARGIN) * s), bottom: Math.ceil(rect.y + (bottom + BALLOON_MARGIN) * s), panel: i, balloon };
    });
  });
}

/** The source rectangle of an image that fills a w×h frame without distortion (centred; the overflow is cropped). */
export function coverCrop(imageWidth: number, imageHeight: number, w: number, h: number): Rect {
  const frame = w / h;
  if (imageWidth / imageHeight > frame) {
    const width = imageHeight * frame;
    return { x: (imageWidth - width) / 2, y: 0, width, height: imageHeight };
  }
  const height = imageWidth / frame;
  return { x: 0, y: (imageHeight - height) / 2, width: imageWidth, height };
}
