// Where verified model files are kept between visits: Cache Storage behind a small match/put interface.

export interface ModelCache {
  match(url: string): Promise<Uint8Array | undefined>;
  /** May reject with a QuotaExceededError when storage is full. */
  put(url: string, bytes: Uint8Array): Promise<void>;
  delete(url: string): Promise<void>;
}

export const MODEL_CACHE_NAME = 'toonsmith-models-v1';

export class CacheStorageModelCache implements ModelCache {
  private cache?: Promise<Cache>;

  constructor(private readonly name = MODEL_CACHE_NAME) {}

  private open(): Promise<Cache> {
    this.cache ??= caches.open(this.name);
    return this.cache;
  }

  async match(url: string): Promise<Uint8Array | undefined> {
    const response = await (await this.open()).match(url);
    return response ? new Uint8Array(await response.arrayBuffer()) : undefined;
  }

  async put(url: string, bytes: Uint8Array): Promise<void> {
    const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.length) };
    await (await this.open()).put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers }));
  }

  async delete(url: string): Promise<void> {
    await (await this.open()).delete(url);
  }
}

/** Used where Cache Storage is missing (e.g. an insecure origin): every load downloads. */
export class NoModelCache implements ModelCache {
  async match(): Promise<undefined> {
    return undefined;
  }
  async put(): Promise<void> {}
  async delete(): Promise<void> {}
}

export function defaultModelCache(): ModelCache {
  return typeof caches === 'undefined' ? new NoModelCache() : new CacheStorageModelCache();
}

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (err as { code?: unknown } | null)?.code === 22;
}
