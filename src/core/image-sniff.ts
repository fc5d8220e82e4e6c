// Which image format a file really is, from its first bytes (names and MIME types from drag-and-drop lie).

export type ReferenceImageType = 'image/png' | 'image/jpeg' | 'image/webp';

export const ACCEPTED_REFERENCE_TYPES: readonly ReferenceImageType[] = ['image/png', 'image/jpeg', 'image/webp'];

/** Bytes needed by sniffImageType. */
export const SNIFF_BYTES = 12;

function startsWith(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
}

/** PNG, JPEG or WebP from the magic bytes; null for anything else (GIF, HEIC, SVG, text, truncated). */
export function sniffImageType(bytes: Uint8Array): ReferenceImageType | null {
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(bytes, 0, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, 8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}

/** A message naming the file and what is accepted, for files sniffImageType rejects. */
export function unsupportedImageMessage(name: string, declaredType: string, byteLength: number): string {
  if (byteLength === 0) return `"${name}" is empty (0 bytes), so it cannot be used as a reference image.`;
  const what = declaredType ? ` (${declaredType})` : '';
  return `"${name}"${what} is not a PNG, JPEG or WebP image. Reference images must be PNG, JPEG or WebP.`;
}
