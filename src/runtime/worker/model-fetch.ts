// Streams one model file with progress, verifies size and sha256, caches it; a bad file is evicted and fetched once more.
import type { ModelFile } from '../../core/manifest';
import type { ProgressCallback } from '../../core/progress';
import { isQuotaError, type ModelCache } from './model-cache';
import { t } from '../../core/i18n';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface FetchFileOptions {
  /** Model id for progress events. */
  model: string;
  file: ModelFile;
  /** Absolute URL of public/models/, which file.path is relative to. */
  baseUrl: string;
  cache: ModelCache;
  fetch?: FetchLike;
  onProgress?: ProgressCallback;
}

export class ModelFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why these bytes are not the manifest's file, or undefined when they are. */
export async function verifyFile(bytes: Uint8Array, file: ModelFile): Promise<string | undefined> {
  if (bytes.length !== file.bytes) {
    return t(bytes.length < file.bytes ? 'fetch.truncated' : 'fetch.wrongSize', { got: bytes.length, expected: file.bytes });
  }
  const actual = await sha256Hex(bytes);
  return actual === file.sha256 ? undefined : t('fetch.corrupt', { actual: actual.slice(0, 12), expected: file.sha256.slice(0, 12) });
}

export async function fetchModelFile(opts: FetchFileOptions): Promise<Uint8Array> {
  const { model, file, cache, onProgress } = opts;
  const url = new URL(file.path, opts.baseUrl).href;
  const cached = await cache.match(url).catch(() => undefined);
  if (cached) {
    if ((await verifyFile(cached, file)) === undefined) {
      onProgress?.({ status: 'done', model, file: file.path, fromCache: true });
      return cached;
    }
    // A bad cached copy is not the one allowed retry: it never came from this download.
    await cache.delete(url).catch(() => undefined);
  }
  onProgress?.({ status: 'initiate', model, file: file.path, bytes: file.bytes });
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    // The retry bypasses the HTTP cache, which may hold the same bad bytes.
    const bytes = await download(url, opts, attempt === 0 ? 'default' : 'reload');
    problem = (await verifyFile(bytes, file)) ?? '';
    if (!problem) {
      await store(url, bytes, opts);
      onProgress?.({ status: 'done', model, file: file.path, fromCache: false });
      return bytes;
    }
    await cache.delete(url).catch(() => undefined);
    if (attempt === 0) onProgress?.({ status: 'warning', model, message: t('fetch.retrying', { file: file.path, problem }) });
  }
  throw new ModelFileError(file.path, t('fetch.badTwice', { file: file.path, problem }));
}

async function download(url: string, opts: FetchFileOptions, cacheMode: RequestCache): Promise<Uint8Array> {
  const { model, file, onProgress } = opts;
  let response: Response;
  try {
    response = await (opts.fetch ?? fetch)(url, { cache: cacheMode });
  } catch (err) {
    throw new ModelFileError(file.path, t('fetch.failed', { file: file.path, error: (err as Error).message }));
  }
  if (!response.ok) throw new ModelFileError(file.path, t('fetch.failed', { file: file.path, error: `HTTP ${response.status}` }));
  onProgress?.({ status: 'download', model, file: file.path });
  const total = file.bytes;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.({ status: 'progress', model, file: file.path, loaded, total, progress: total > 0 ? Math.min(100, (100 * loaded) / total) : 100 });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

async function store(url: string, bytes: Uint8Array, opts: FetchFileOptions): Promise<void> {
  try {
    await opts.cache.put(url, bytes);
  } catch (err) {
    const why = isQuotaError(err) ? t('fetch.storageFull') : t('fetch.cacheRefused', { error: (err as Error).message });
    opts.onProgress?.({ status: 'warning', model: opts.model, message: t('fetch.notCached', { file: opts.file.path, why }) });
  }
}
