// Which dropped files may become reference images; checked before any decoding so the message can name the file.
import { ACCEPTED_REFERENCE_TYPES, type ReferenceImageType } from '../../../core/image-sniff';

/** Larger photos are pointless for 64–128 px references and slow to decode. */
export const MAX_REFERENCE_BYTES = 20_000_000;

const EXTENSIONS: Record<string, ReferenceImageType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export interface FileLike {
  name: string;
  type: string;
  size: number;
}

/** The image type of a file from its MIME type, or its extension when the browser gave none. */
export function referenceType(file: FileLike): string | null {
  if ((ACCEPTED_REFERENCE_TYPES as readonly string[]).includes(file.type)) return file.type;
  if (file.type) return null;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSIONS[ext] ?? null;
}

/** A readable reason the file cannot be a reference, or null when it may be tried. */
export function rejectReason(file: FileLike): string | null {
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (!referenceType(file)) return `"${file.name}" is not a PNG, JPEG or WebP image.`;
  if (file.size > MAX_REFERENCE_BYTES) {
    return `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB; reference images must be at most ${MAX_REFERENCE_BYTES / 1e6} MB.`;
  }
  return null;
}
