// What the scene renderer needs from its host: a 2D canvas and sprites. Node (the dataset builder, the CLIs)
// gives @napi-rs/canvas and resvg; the app's worker gives OffscreenCanvas and the shipped sprite pack.

/** A linear gradient as both canvas implementations return it. */
export interface Gradient2D {
  addColorStop(offset: number, color: string): void;
}

/** The 2D context calls the renderer makes (a subset both OffscreenCanvasRenderingContext2D and @napi-rs/canvas have). */
export interface Draw2D {
  fillStyle: string | Gradient2D | unknown;
  strokeStyle: string | Gradient2D | unknown;
  lineWidth: number;
  lineJoin: string;
  lineCap: string;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): Gradient2D;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** A picture's pixel size: x runs over the width, y and sizes over the height. */
export interface Frame {
  width: number;
  height: number;
}

export interface Sprite {
  width: number;
  height: number;
  /** Premultiplied RGBA rows. */
  rgba: Uint8Array | Uint8ClampedArray;
  /** Last row holding visible pixels: it sits on the baseline. */
  bottom: number;
}

export interface RenderKit {
  /** A cleared width × height context with an identity transform (it may be reused between calls). */
  canvas(width: number, height: number): Draw2D;
  /** The sprite `hexcode` rendered `px` pixels tall, its clothes recoloured to `accent` (#rrggbb) when given. */
  sprite(hexcode: string, px: number, accent?: string): Sprite;
}
