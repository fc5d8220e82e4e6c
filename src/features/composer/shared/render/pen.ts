// Draws background shapes twice from the same code: in colour (flat fill + black outline,
// like OpenMoji) and as a depth map (grey = nearness, no outline). x runs over the frame's width, y over its
// height; radii and line widths are in height units so round things stay round in a wide panel.
import type { Draw2D, Frame } from './render-kit.js';
import type { Setting } from '../catalog/settings.js';
import { groundDepth } from '../scene/perspective.js';

export type Mode = 'color' | 'depth';
/** A fixed depth (0 far … 1 near) or 'ground': follows the ground plane row by row. */
export type Depth = number | 'ground';

export class Pen {
  readonly lineWidth: number;
  readonly width: number;
  readonly height: number;
  /** >0 while drawing colour-only details in depth mode: shapes are traced but not painted. */
  private muted = 0;

  constructor(
    readonly ctx: Draw2D,
    frame: Frame,
    readonly mode: Mode,
    readonly setting: Setting,
  ) {
    this.width = frame.width;
    this.height = frame.height;
    this.lineWidth = Math.max(1, frame.height / 110);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
  }

  private style(color: string, depth: Depth): string | CanvasGradient {
    if (this.mode === 'color') return color;
    if (typeof depth === 'number') return grey(depth);
    const g = this.ctx.createLinearGradient(0, this.setting.horizon * this.height, 0, this.height);
    g.addColorStop(0, grey(groundDepth(this.setting, this.setting.horizon)));
    g.addColorStop(1, grey(groundDepth(this.setting, 1)));
    return g as unknown as CanvasGradient;
  }

  private finish(color: string, depth: Depth, outline: boolean): void {
    const ctx = this.ctx;
    if (this.muted > 0) return;
    ctx.fillStyle = this.style(color, depth) as string;
    ctx.fill();
    if (outline) {
      // Depth strokes the outline too, in the shape's grey, so silhouettes match the colour pass.
      ctx.strokeStyle = this.mode === 'color' ? '#000' : (ctx.fillStyle as string);
      ctx.lineWidth = this.lineWidth;
      ctx.stroke();
    }
  }

  rect(x: number, y: number, w: number, h: number, color: string, depth: Depth, outline = true): void {
    const W = this.width, H = this.height;
    this.ctx.beginPath();
    this.ctx.rect(x * W, y * H, w * W, h * H);
    this.finish(color, depth, outline);
  }

  poly(points: readonly number[], color: string, depth: Depth, outline = true): void {
    const W = this.width, H = this.height;
    this.ctx.beginPath();
    this.ctx.moveTo(points[0] * W, points[1] * H);
    for (let i = 2; i < points.length; i += 2) this.ctx.lineTo(points[i] * W, points[i + 1] * H);
    this.ctx.closePath();
    this.finish(color, depth, outline);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, color: string, depth: Depth, outline = true): void {
    const W = this.width, H = this.height;
    this.ctx.beginPath();
    this.ctx.ellipse(cx * W, cy * H, rx * H, ry * H, 0, 0, Math.PI * 2);
    this.finish(color, depth, outline);
  }

  /** Vertical gradient band; in depth mode a flat or ground fill. */
  gradient(y0: number, y1: number, top: string, bottom: string, depth: Depth): void {
    const W = this.width, H = this.height;
    if (this.mode === 'color') {
      const g = this.ctx.createLinearGradient(0, y0 * H, 0, y1 * H);
      g.addColorStop(0, top);
      g.addColorStop(1, bottom);
      this.ctx.fillStyle = g;
    } else {
      this.ctx.fillStyle = this.style('', depth) as string;
    }
    this.ctx.fillRect(0, y0 * H, W, (y1 - y0) * H);
  }

  /** A line that only exists in colour (tile joints, lane marks); depth ignores it. */
  line(x0: number, y0: number, x1: number, y1: number, color = '#000', width = 1): void {
    if (this.mode !== 'color' || this.muted > 0) return;
    const W = this.width, H = this.height;
    this.ctx.beginPath();
    this.ctx.moveTo(x0 * W, y0 * H);
    this.ctx.lineTo(x1 * W, y1 * H);
    this.ctx.strokeStyle = color;
    this.ctx.lineWidth = this.lineWidth * width;
    this.ctx.stroke();
  }

  /**
   * A flat detail drawn only in colour (windows, stars, stripes). It still runs in depth mode,
   * unpainted, so both passes draw the same random numbers and the layouts match.
   */
  detail(draw: () => void): void {
    if (this.mode === 'color') return draw();
    this.muted++;
    try {
      draw();
    } finally {
      this.muted--;
    }
  }
}

export function grey(depth: number): string {
  const v = Math.round(Math.max(0, Math.min(1, depth)) * 255);
  return `rgb(${v},${v},${v})`;
}
