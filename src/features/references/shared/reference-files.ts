// Which dropped files may become reference images; checked before any decoding so the message can name the file.

export const REFERENCE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** Larger photos are pointless for 64–128 px references and slow to decode. */
export const MAX_REFERENCE_BYTES = 20_000_000;

const EXTENSIONS: Record<string, (typeof REFERENCE_TYPES)[number]> = {
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
  if ((REFERENCE_TYPES as readonly string[]).includes(file.type)) return file.type;
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

/** Magic numbers of PNG, JPEG and WebP, so a renamed or truncated file is caught with a clear message. */
export function sniffImageType(head: Uint8Array): string | null {
  const at = (i: number, bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}
