// Which dropped files may become reference images; checked before any decoding so the message can name the file.
import { ACCEPTED_REFERENCE_TYPES, type ReferenceImageType } from '../../../core/image-sniff';
import { t } from '../../../core/i18n';

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
  if (file.size === 0) return t('refs.empty', { name: file.name });
  if (!referenceType(file)) return t('refs.notImage', { name: file.name });
  if (file.size > MAX_REFERENCE_BYTES) {
    return t('refs.tooBig', { name: file.name, size: (file.size / 1e6).toFixed(1), max: MAX_REFERENCE_BYTES / 1e6 });
  }
  return null;
}
