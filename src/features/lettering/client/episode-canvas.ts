// The episode export's canvas in the browser: OffscreenCanvas surfaces and drawables for renderEpisode (the CLI
// passes @napi-rs/canvas ones), so the app and Node draw the same slices with one code path.
import { t } from '../../../core/i18n';
import type { RgbaImage } from '../../../core/rgba-image';
import type { CanvasFactory, ImageFormat } from '../shared/episode-render';

function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('export.noCanvas'));
  return ctx;
}

export const browserCanvas: CanvasFactory<OffscreenCanvasRenderingContext2D> = {
  surface(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return {
      ctx: context(canvas),
      async encode(format: ImageFormat, quality?: number) {
        const blob = await canvas.convertToBlob(format === 'jpeg' ? { type: 'image/jpeg', quality: quality ?? 0.92 } : { type: 'image/png' });
        return new Uint8Array(await blob.arrayBuffer());
      },
    };
  },
  drawable(image: RgbaImage): OffscreenCanvas {
    const canvas = new OffscreenCanvas(image.width, image.height);
    context(canvas).putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
    return canvas;
  },
};
