// The renderer's host in Node: @napi-rs/canvas contexts (one per size, reused) and resvg sprites.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Draw2D, RenderKit } from '../../../src/features/composer/shared/render/render-kit.js';
import { sprite } from './sprites.js';

const contexts = new Map<string, SKRSContext2D>();

function canvas(width: number, height: number): Draw2D {
  const key = `${width}x${height}`;
  let ctx = contexts.get(key);
  if (!ctx) contexts.set(key, (ctx = createCanvas(width, height).getContext('2d')));
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx as unknown as Draw2D;
}

export const nodeKit: RenderKit = { canvas, sprite };
