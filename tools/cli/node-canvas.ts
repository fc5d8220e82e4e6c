// The episode export's canvas in Node: @napi-rs/canvas surfaces and drawables for renderEpisode, so the CLI draws
// with the same code as the browser (which passes OffscreenCanvas instead).
import { createCanvas, ImageData, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CanvasFactory, ImageFormat } from '../../src/features/lettering/shared/episode-render';
import type { RgbaImage } from '../../src/core/rgba-image';

export const nodeCanvas: CanvasFactory<SKRSContext2D> = {
  surface(width: number, height: number) {
    const canvas = createCanvas(width, height);
    return {
      ctx: canvas.getContext('2d'),
      async encode(format: ImageFormat, quality?: number) {
        const bytes = format === 'jpeg' ? await canvas.encode('jpeg', Math.round((quality ?? 0.92) * 100)) : await canvas.encode('png');
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      },
    };
  },
  drawable(image: RgbaImage): Canvas {
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
    return canvas;
  },
};
