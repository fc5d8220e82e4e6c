// Worker side of "add a reference image": decode the author's file off the main thread, square it to
// the gallery's tile size, then embed it and estimate its depth with the same models as the gallery.
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';
import type { AnalysedReference } from '../shared/reference-contract';
import { t } from '../../../core/i18n';

/** Gallery tiles are 128 px squares; user images become the same so both embed through one path. */
export const REFERENCE_TILE = 128;
/** Larger files are refused before decoding (a phone photo is 3–8 MB). */
export const MAX_REFERENCE_BYTES = 40 * 1024 * 1024;

/** What the image worker's models offer; VisionModel and DepthModel in image-models.ts fit it. */
export interface ReferenceModels {
  embed(images: RgbaImage[]): Promise<Float32Array>;
  estimate(image: RgbaImage, size?: number): Promise<DepthMap>;
}

/** Decodes PNG/JPEG/WebP with createImageBitmap and draws its centre square over white at `size` px. */
export async function decodeToTile(blob: Blob, size = REFERENCE_TILE): Promise<{ tile: RgbaImage; width: number; height: number }> {
  if (blob.size === 0) throw new Error(t('refs.workerEmpty'));
  if (blob.size > MAX_REFERENCE_BYTES) {
    throw new Error(t('refs.workerTooBig', { size: (blob.size / 2 ** 20).toFixed(1), max: MAX_REFERENCE_BYTES / 2 ** 20 }));
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (err) {
    throw new Error(t('refs.workerUndecodable', { error: (err as Error).message }));
  }
  try {
    const { width, height } = bitmap;
    if (width < 1 || height < 1) throw new Error(t('refs.workerNoPixels'));
    const side = Math.min(width, height);
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('OffscreenCanvas 2D is not available in this browser.');
    // White behind transparent pixels, as the ToonScenes gallery scenes are drawn.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, (width - side) / 2, (height - side) / 2, side, side, 0, 0, size, size);
    const pixels = ctx.getImageData(0, 0, size, size);
    return { tile: { data: new Uint8ClampedArray(pixels.data.buffer), width: size, height: size }, width, height };
  } finally {
    bitmap.close();
  }
}

export async function analyseReferenceImage(blob: Blob, models: ReferenceModels): Promise<AnalysedReference> {
  const { tile, width, height } = await decodeToTile(blob);
  const embedding = await models.embed([tile]);
  const depth = await models.estimate(tile, REFERENCE_TILE);
  return { width, height, embedding, depth, tile };
}
