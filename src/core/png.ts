// PNG to and from RgbaImage in plain code (zlib by fflate): the project file and the episode thumbnail are written
// and read the same way in the browser, the workers and Node, with no canvas. Decoding checks every chunk's CRC
// and the image data's length, so a damaged file is refused with a reason instead of drawn as garbage.
import { unzlibSync, zlibSync } from 'fflate';
import type { RgbaImage } from './rgba-image';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Refuse images bigger than this many pixels (4096², far past any panel the studio draws), so a file cannot ask for gigabytes. */
export const MAX_PNG_PIXELS = 4096 * 4096;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Why a PNG was refused, in plain words (the caller puts it in its own message). */
export class PngError extends Error {
  override name = 'PngError';
}

/** An 8-bit RGBA PNG, rows unfiltered ('none' keeps it simple; zlib still finds the repeats). */
export function encodePng(image: RgbaImage, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`encodePng: size must be at least 1×1 whole pixels, got ${width}×${height}`);
  }
  if (data.length !== width * height * 4) throw new RangeError(`encodePng: ${width}×${height} needs ${width * height * 4} bytes, got ${data.length}`);
  const stride = width * 4;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const chunks = [chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(8 + chunks.reduce((n, c) => n + c.length, 0));
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out, 4, 8 + body.length));
  return out;
}

/** Channels per pixel of each colour type this decoder reads (8-bit depth only). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Any 8-bit, non-interlaced PNG (grey, RGB, palette, grey + alpha, RGBA) → RGBA; throws PngError saying why not. */
export function decodePng(bytes: Uint8Array): RgbaImage {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new PngError('not a PNG (the first bytes are not the PNG signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (!ended) {
    if (at + 12 > bytes.length) throw new PngError('the file ends in the middle of a chunk (truncated)');
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    const end = at + 8 + length;
    if (end + 4 > bytes.length) throw new PngError(`the ${type} chunk runs past the end of the file (truncated)`);
    if (crc32(bytes, at + 4, end) !== view.getUint32(end)) throw new PngError(`the ${type} chunk is damaged (checksum mismatch)`);
    const body = bytes.subarray(at + 8, end);
    if (at === 8 && type !== 'IHDR') throw new PngError('the header chunk (IHDR) is missing');
    if (type === 'IHDR') {
      if (length !== 13) throw new PngError('the header chunk has the wrong length');
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, color, compression, filter, interlace] = body.subarray(8, 13);
      if (width < 1 || height < 1) throw new PngError(`the size ${width}×${height} is empty`);
      if (width * height > MAX_PNG_PIXELS) throw new PngError(`the size ${width}×${height} is too large`);
      if (depth !== 8 || CHANNELS[color] === undefined) throw new PngError(`bit depth ${depth} with colour type ${color} is not supported (8-bit only)`);
      if (compression !== 0 || filter !== 0) throw new PngError('unknown compression or filter method');
      if (interlace !== 0) throw new PngError('interlaced PNGs are not supported');
      colorType = color;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    at = end + 4;
  }
  if (idat.length === 0) throw new PngError('there is no image data (IDAT)');
  if (colorType === 3 && !palette) throw new PngError('a palette image has no palette (PLTE)');
  const channels = CHANNELS[colorType];
  const stride = width * channels;
  let raw: Uint8Array;
  try {
    // Inflate into a buffer of the size the header promises: a small file that inflates to gigabytes stops there.
    raw = unzlibSync(concat(idat), { out: new Uint8Array((stride + 1) * height) });
  } catch (err) {
    throw new PngError(`the image data does not inflate (${(err as Error).message})`);
  }
  if (raw.length < (stride + 1) * height) throw new PngError(`the image data holds ${raw.length} bytes, ${width}×${height} needs ${(stride + 1) * height}`);
  const pixels = unfilter(raw, stride, height, channels);
  return { width, height, data: toRgba(pixels, width * height, colorType, palette, transparency) };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    if (filter > 4) throw new PngError(`row ${y + 1} has an unknown filter type ${filter}`);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[prev + x] : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const q = a + b - c;
        const pa = Math.abs(q - a);
        const pb = Math.abs(q - b);
        const pc = Math.abs(q - c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = (raw[src + x] + p) & 0xff;
    }
  }
  return out;
}

function toRgba(px: Uint8Array, count: number, colorType: number, palette: Uint8Array | null, trns: Uint8Array | null): Uint8ClampedArray {
  if (colorType === 6) return new Uint8ClampedArray(px.buffer, px.byteOffset, count * 4);
  const out = new Uint8ClampedArray(count * 4);
  for (let i = 0, o = 0; i < count; i++, o += 4) {
    if (colorType === 2) {
      out[o] = px[i * 3];
      out[o + 1] = px[i * 3 + 1];
      out[o + 2] = px[i * 3 + 2];
      out[o + 3] = 255;
    } else if (colorType === 0 || colorType === 4) {
      const grey = colorType === 0 ? px[i] : px[i * 2];
      out[o] = out[o + 1] = out[o + 2] = grey;
      out[o + 3] = colorType === 0 ? 255 : px[i * 2 + 1];
    } else {
      const k = px[i];
      if (k * 3 + 2 >= palette!.length) throw new PngError(`pixel ${i + 1} uses palette entry ${k}, past the palette's end`);
      out[o] = palette![k * 3];
      out[o + 1] = palette![k * 3 + 1];
      out[o + 2] = palette![k * 3 + 2];
      out[o + 3] = trns && k < trns.length ? trns[k] : 255;
    }
  }
  return out;
}
