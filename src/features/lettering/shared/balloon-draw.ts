// Draws balloons on any 2D canvas (the browser's, OffscreenCanvas, @napi-rs/canvas in Node): the one drawing path
// of the export and the CLI. Text goes through fillText only: it is never parsed as markup.
import { balloonOutline, OUTLINE_DASH, traceOutline } from './balloon-shape';
import { layoutBalloonText } from './balloon-fit';
import { canvasMeasure, cachedMeasure, type LetteringCanvas, type MeasureText } from './lettering-canvas';
import type { Balloon, LetteringFonts } from './lettering-contract';
import { LETTERING_FONTS } from './lettering-fonts';

export interface DrawOptions {
  /** Output pixels per panel pixel (1 at 800 px wide, 690/800 for a 690 px export, 2 for a sharp preview). */
  scale: number;
  fonts?: LetteringFonts;
  /** Text measure; default: the ctx's own, so the text is set with the faces the canvas really has. */
  measure?: MeasureText;
}

const INK = '#111111';
const PAPER = '#ffffff';

function drawText(ctx: LetteringCanvas, balloon: Balloon, measure: MeasureText, fonts: LetteringFonts): void {
  const layout = layoutBalloonText(balloon, measure, fonts);
  ctx.font = layout.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  if (balloon.kind === 'sfx') {
    // Display letters with a white halo, so they read over any picture.
    ctx.lineJoin = 'round';
    ctx.lineWidth = Math.max(4, layout.fontSize * 0.16);
    ctx.strokeStyle = PAPER;
    for (const line of layout.lines) ctx.strokeText(line.text, line.x, line.y);
  }
  ctx.fillStyle = INK;
  for (const line of layout.lines) ctx.fillText(line.text, line.x, line.y);
}

/** Draws `balloons` in order (later ones on top), in panel pixels × `scale` from the ctx's current origin. */
export function drawBalloons(ctx: LetteringCanvas, balloons: readonly Balloon[], options: DrawOptions): void {
  const fonts = options.fonts ?? LETTERING_FONTS;
  const measure = options.measure ?? cachedMeasure(canvasMeasure(ctx));
  for (const balloon of balloons) {
    ctx.save();
    ctx.scale(options.scale, options.scale);
    const outline = balloonOutline(balloon);
    if (outline.commands.length > 0) {
      traceOutline(ctx, outline.commands);
      ctx.fillStyle = PAPER;
      ctx.fill();
      ctx.lineWidth = outline.strokeWidth;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = INK;
      ctx.setLineDash(outline.dashed ? OUTLINE_DASH : []);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    drawText(ctx, balloon, measure, fonts);
    ctx.restore();
  }
}
