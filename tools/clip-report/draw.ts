// Canvas helpers for the report's PNGs (@napi-rs/canvas, as the dataset's contact sheet): fonts, colours,
// markers, scene tiles. Text is drawn only when a font with Hangul is found; the report's markdown
// carries every label either way.
import { existsSync, writeFileSync } from 'node:fs';
import { GlobalFonts, createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { sceneRgba, type SplitData } from './dataset';

// Debian's Korean fonts (fonts-nanum, fonts-noto-cjk); --font adds another.
const FONT_PATHS = [
  '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
];

let family: string | null | undefined;

/** The registered font family, or null when no font file is available (then PNGs carry no text). */
export function reportFont(extraPath?: string): string | null {
  if (family !== undefined) return family;
  family = null;
  for (const path of extraPath ? [extraPath, ...FONT_PATHS] : FONT_PATHS) {
    if (existsSync(path) && GlobalFonts.registerFromPath(path, 'ClipReport')) return (family = 'ClipReport');
  }
  return family;
}

/** 20 colours that stay apart on white (Tableau 20 order: strong shades first). */
export const PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94', '#f7b6d2', '#c7c7c7', '#dbdb8d', '#9edae5',
];

export type MarkerKind = 'image' | 'ko' | 'en';
/** Circle = image, triangle = Korean treatment, square = English treatment. */
export const MARKER_NAMES: Record<MarkerKind, string> = { image: 'circle', ko: 'triangle', en: 'square' };

export function marker(ctx: SKRSContext2D, kind: MarkerKind, x: number, y: number, r: number, colour: string, outline = false): void {
  ctx.beginPath();
  if (kind === 'image') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (kind === 'ko') { ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8); ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath(); }
  else ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = outline ? 2.5 : 1;
  ctx.strokeStyle = outline ? '#000' : '#333';
  ctx.stroke();
}

/** Draws scene `row` of the split at (x, y), scaled to `size` px (nearest neighbour keeps the art crisp). */
export function drawScene(ctx: SKRSContext2D, data: SplitData, row: number, x: number, y: number, size: number): void {
  const img = sceneRgba(data, row);
  const tile = createCanvas(img.width, img.height);
  const tctx = tile.getContext('2d');
  const pixels = tctx.createImageData(img.width, img.height);
  pixels.data.set(img.data);
  tctx.putImageData(pixels, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tile, x, y, size, size);
  ctx.imageSmoothingEnabled = true;
}

export function whiteCanvas(width: number, height: number): { canvas: Canvas; ctx: SKRSContext2D } {
  const canvas = createCanvas(Math.ceil(width), Math.ceil(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}

/** Text when a font is there; a no-op otherwise. Long text is cut with an ellipsis to `maxWidth`. */
export function label(ctx: SKRSContext2D, font: string | null, text: string, x: number, y: number, px = 12,
  colour = '#222', maxWidth = Infinity): void {
  if (!font) return;
  ctx.font = `${px}px ${font}`;
  ctx.fillStyle = colour;
  let t = text;
  while (t.length > 1 && ctx.measureText(t).width > maxWidth) t = t.slice(0, -2) + '…';
  ctx.fillText(t, x, y);
}

/** Word-wrapped text in at most `lines` lines. */
export function wrapped(ctx: SKRSContext2D, font: string | null, text: string, x: number, y: number, width: number,
  lines: number, px = 12): void {
  if (!font) return;
  ctx.font = `${px}px ${font}`;
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) { out.push(line); line = word; } else line = next;
  }
  if (line) out.push(line);
  out.slice(0, lines).forEach((l, i) => label(ctx, font, i === lines - 1 && out.length > lines ? l + ' …' : l, x, y + i * (px + 3), px, '#222', width));
}

/** Writes the PNG and returns its size in bytes. */
export function savePng(canvas: Canvas, path: string): number {
  const bytes = canvas.toBuffer('image/png');
  writeFileSync(path, bytes);
  return bytes.length;
}
