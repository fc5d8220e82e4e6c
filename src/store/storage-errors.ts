// Turns IndexedDB failures into messages a user can act on.
import { t } from '../core/i18n';

/** A write failed because the browser's storage quota is used up. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(what: string, cause?: unknown) {
    super(t('storage.full', { what }));
    this.cause = cause;
  }
}

/** A write or read failed for another reason (private mode, blocked database, …). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(what: string, cause?: unknown) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    super(t('storage.unavailable', { what, detail }));
    this.cause = cause;
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  // Firefox reports its own name; Safari and Chromium use the standard one.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Runs a write and rethrows any failure as one of the errors above. */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(what, error);
    throw new StorageUnavailableError(what, error);
  }
}
