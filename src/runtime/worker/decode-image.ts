// Encoded image bytes (PNG/JPEG/WebP) → RGBA pixels inside a worker, without colour management,
import type { RgbaImage } from '../../core/rgba-image';
// so sheet pixels (and depth bytes) arrive exactly as stored.

export async function decodeImageBytes(bytes: Uint8Array | Blob, type = 'image/png'): Promise<RgbaImage> {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  } catch (err) {
    throw new Error(`Could not decode the image (${blob.type || 'unknown type'}): ${(err as Error).message}`);
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('OffscreenCanvas 2D is not available in this worker.');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { width: img.width, height: img.height, data: img.data };
}

export function mimeOf(path: string): string {
  if (path.endsWith('.webp')) return 'image/webp';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  return 'image/png';
}
