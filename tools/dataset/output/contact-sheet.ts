// A PNG of sample scenes (image + depth) with one English and one Korean caption each.
import { existsSync, writeFileSync } from 'node:fs';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { SceneRecord } from '../../../src/features/composer/shared/scene-graph.js';

// Debian's Korean fonts; machines without them fall back to the default face (Korean may show as boxes).
const KOREAN_FONTS = [
  '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
];

let family: string | undefined;
function captionFont(): string {
  if (family) return family;
  family = 'sans-serif';
  for (const path of KOREAN_FONTS) {
    if (existsSync(path) && GlobalFonts.registerFromPath(path, 'ToonScenesKR')) {
      family = 'ToonScenesKR';
      break;
    }
  }
  if (family === 'sans-serif') console.warn('contact sheet: no Korean font found; Korean captions may not render');
  return family;
}

export interface ContactSample {
  record: SceneRecord;
  size: number;
  rgb: Uint8Array;
  depth: Uint8Array;
}

const CELL = 160;
const TEXT_LINES = 5;
const LINE = 14;

function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function writeContactSheet(path: string, samples: readonly ContactSample[], columns = 4): void {
  const cellW = CELL * 2 + 8, cellH = CELL + 8 + TEXT_LINES * LINE + 8;
  const rows = Math.ceil(samples.length / columns);
  const canvas = createCanvas(columns * cellW, Math.max(1, rows) * cellH);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const font = captionFont();
  samples.forEach((sample, k) => {
    const x = (k % columns) * cellW + 4, y = Math.floor(k / columns) * cellH + 4;
    const { size } = sample;
    const tile = createCanvas(size, size);
    const tctx = tile.getContext('2d');
    for (const [pixels, dx] of [[sample.rgb, 0], [sample.depth, CELL]] as const) {
      const image = tctx.createImageData(size, size);
      const channels = pixels.length / (size * size);
      for (let q = 0; q < size * size; q++) {
        for (let c = 0; c < 3; c++) image.data[q * 4 + c] = pixels[q * channels + (channels === 3 ? c : 0)];
        image.data[q * 4 + 3] = 255;
      }
      tctx.putImageData(image, 0, 0);
      ctx.drawImage(tile, x + dx, y, CELL, CELL);
    }
    ctx.fillStyle = '#222';
    ctx.font = `11px ${font}`;
    const r = sample.record;
    const lines = [
      `${r.id} · ${r.setting} · ${r.time} · ${r.style}`,
      ...wrap(ctx, r.captions.en[0] ?? '', CELL * 2).slice(0, 2),
      ...wrap(ctx, r.captions.ko[0] ?? '', CELL * 2).slice(0, 2),
    ];
    lines.forEach((text, i) => ctx.fillText(text, x, y + CELL + 14 + i * LINE));
  });
  writeFileSync(path, canvas.encodeSync('png'));
}
