// What the lettering needs of a 2D canvas: the DOM's CanvasRenderingContext2D, OffscreenCanvas's context and
// @napi-rs/canvas's context all satisfy it, so the browser and the Node CLI draw balloons with the same code.

/** Width in px of `text` set in the CSS font shorthand `font` (the caller's canvas, or a fixed fake in tests). */
export type MeasureText = (text: string, font: string) => number;

export interface LetteringCanvas {
  font: string;
  // Read types differ between the DOM and @napi-rs/canvas; the lettering only ever writes CSS colour strings.
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineJoin: 'bevel' | 'miter' | 'round';
  miterLimit: number;
  textAlign: 'center' | 'end' | 'left' | 'right' | 'start';
  textBaseline: 'alphabetic' | 'bottom' | 'hanging' | 'ideographic' | 'middle' | 'top';
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  fill(): void;
  stroke(): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

/** Measures with a canvas's own text metrics; it leaves `font` set to the last font measured. */
export function canvasMeasure(ctx: Pick<LetteringCanvas, 'font' | 'measureText'>): MeasureText {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/**
 * The same measure, remembering widths: fitting a balloon measures the same words and lines many times over.
 * Bounded, so a long editing session cannot grow it without end.
 */
export function cachedMeasure(measure: MeasureText, limit = 20_000): MeasureText {
  const widths = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, font);
      if (widths.size >= limit) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}
