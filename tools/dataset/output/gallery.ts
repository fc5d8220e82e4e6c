// The app's gallery subset: 128 px tiles packed 16×16 into WebP sprite sheets, depth sheets as
// 8-bit greyscale PNG, and gallery.json with each scene's metadata and tile position.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import type { SceneRecord } from '../../../src/features/composer/shared/scene-graph.js';

const COLUMNS = 16;
const PER_SHEET = COLUMNS * COLUMNS;

export interface GalleryEntry {
  id: string; sheet: number; tile: number;
  setting: string; time: string; style: string;
  objects: SceneRecord['objects']; relations: SceneRecord['relations']; captions: SceneRecord['captions'];
}

export class GalleryWriter {
  private entries: GalleryEntry[] = [];
  private rgb: Uint8Array[] = [];
  private depth: Uint8Array[] = [];
  private sheets: { image: string; depth: string; count: number }[] = [];

  constructor(private readonly dir: string, readonly tileSize: number, readonly limit: number) {
    mkdirSync(dir, { recursive: true });
  }

  get full(): boolean {
    return this.entries.length >= this.limit;
  }

  add(record: SceneRecord, rgb: Uint8Array, depth: Uint8Array): void {
    if (this.full) return;
    const { id, setting, time, style, objects, relations, captions } = record;
    this.entries.push({ id, sheet: this.sheets.length, tile: this.rgb.length, setting, time, style, objects, relations, captions });
    this.rgb.push(rgb);
    this.depth.push(depth);
    if (this.rgb.length === PER_SHEET) this.flushSheet();
  }

  private flushSheet(): void {
    if (this.rgb.length === 0) return;
    const n = this.rgb.length, t = this.tileSize;
    const cols = Math.min(COLUMNS, n), rows = Math.ceil(n / COLUMNS);
    const canvas = createCanvas(cols * t, rows * t);
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(cols * t, rows * t);
    const png = new PNG({ width: cols * t, height: rows * t, colorType: 0, inputColorType: 0, inputHasAlpha: false });
    const grey = Buffer.alloc(cols * t * rows * t);
    for (let k = 0; k < n; k++) {
      const ox = (k % COLUMNS) * t, oy = Math.floor(k / COLUMNS) * t;
      for (let y = 0; y < t; y++) {
        for (let x = 0; x < t; x++) {
          const src = y * t + x, dst = (oy + y) * cols * t + ox + x;
          image.data[dst * 4] = this.rgb[k][src * 3];
          image.data[dst * 4 + 1] = this.rgb[k][src * 3 + 1];
          image.data[dst * 4 + 2] = this.rgb[k][src * 3 + 2];
          image.data[dst * 4 + 3] = 255;
          grey[dst] = this.depth[k][src];
        }
      }
    }
    ctx.putImageData(image, 0, 0);
    const index = this.sheets.length;
    const name = `images-${String(index).padStart(3, '0')}.webp`;
    const depthName = `depth-${String(index).padStart(3, '0')}.png`;
    writeFileSync(join(this.dir, name), canvas.encodeSync('webp', 88));
    png.data = grey;
    writeFileSync(join(this.dir, depthName), PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }));
    this.sheets.push({ image: name, depth: depthName, count: n });
    this.rgb = [];
    this.depth = [];
  }

  finish(): number {
    this.flushSheet();
    const meta = { version: 1, tile: this.tileSize, columns: COLUMNS, perSheet: PER_SHEET, sheets: this.sheets, scenes: this.entries };
    writeFileSync(join(this.dir, 'gallery.json'), JSON.stringify(meta) + '\n');
    return this.entries.length;
  }
}
