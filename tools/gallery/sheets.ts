// Gallery sprite sheets in Node: decode WebP/PNG sheets to RGBA, cut tiles, and write the shipped sheets
// (RGB WebP as the dataset made it, copied byte for byte when whole; depth as lossless greyscale WebP).
import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { tileOrigin } from '../../src/core/gallery-format';
import type { RgbaImage } from '../../src/core/rgba-image';

export interface DecodedSheet extends RgbaImage {
  bytes: Buffer;
}

export async function decodeSheet(bytes: Buffer): Promise<RgbaImage> {
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
  return { data: new Uint8ClampedArray(data.buffer as ArrayBuffer, data.byteOffset, data.length), width, height };
}

export async function readSheet(path: string): Promise<DecodedSheet> {
  const bytes = readFileSync(path);
  return { ...(await decodeSheet(bytes)), bytes };
}

export function cutTile(sheet: RgbaImage, tile: number, size: number, columns: number): RgbaImage {
  const { x, y } = tileOrigin({ tile: size, columns }, tile);
  if (x + size > sheet.width || y + size > sheet.height) throw new Error(`tile ${tile} lies outside the ${sheet.width}×${sheet.height} sheet`);
  const out = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++) {
    const from = ((y + row) * sheet.width + x) * 4;
    out.set(sheet.data.subarray(from, from + size * 4), row * size * 4);
  }
  return { data: out, width: size, height: size };
}

/** The first `count` tiles of a sheet on a new canvas (rows cut to fit; unused cells white). */
export function trimSheet(sheet: RgbaImage, count: number, size: number, columns: number): RgbaImage {
  const cols = Math.min(columns, count), rows = Math.ceil(count / columns);
  const out = new Uint8ClampedArray(cols * size * rows * size * 4).fill(255);
  const trimmed = { data: out, width: cols * size, height: rows * size };
  for (let k = 0; k < count; k++) {
    const tile = cutTile(sheet, k, size, columns);
    const { x, y } = tileOrigin({ tile: size, columns }, k);
    for (let row = 0; row < size; row++) out.set(tile.data.subarray(row * size * 4, (row + 1) * size * 4), ((y + row) * trimmed.width + x) * 4);
  }
  return trimmed;
}

/** Quality 100 is libwebp's lossless mode: depth values survive exactly at ~58% of the PNG's bytes. */
export function encodeWebp(image: RgbaImage, quality: number): Buffer {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(image.width, image.height);
  data.data.set(image.data);
  ctx.putImageData(data, 0, 0);
  return canvas.encodeSync('webp', quality);
}
