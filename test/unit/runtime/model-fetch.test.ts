import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/core/i18n';
import { createHash } from 'node:crypto';
import type { ModelFile } from '../../../src/core/manifest';
import type { ProgressEvent } from '../../../src/core/progress';
import type { ModelCache } from '../../../src/runtime/worker/model-cache';
import { fetchModelFile, ModelFileError, sha256Hex, verifyFile } from '../../../src/runtime/worker/model-fetch';

const good = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 251);
const file: ModelFile = { path: 'demo/m/onnx/model.onnx', bytes: good.length, sha256: createHash('sha256').update(good).digest('hex') };
const baseUrl = 'https://example.test/models/';
const url = baseUrl + file.path;

function corrupt(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy[100] ^= 0xff;
  return copy;
}

/** Serves the given bodies in turn (the last one repeats), in 1 KiB chunks like a network stream. */
function fakeFetch(...bodies: Uint8Array[]) {
  const calls: RequestInit[] = [];
  const fetch = async (_url: string, init?: RequestInit) => {
    const body = bodies[Math.min(calls.length, bodies.length - 1)];
    calls.push(init ?? {});
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < body.length; i += 1024) c.enqueue(body.slice(i, i + 1024));
        c.close();
      },
    });
    return new Response(stream, { status: 200 });
  };
  return { fetch, calls };
}

class MemoryCache implements ModelCache {
  readonly store = new Map<string, Uint8Array>();
  putError?: Error;
  async match(u: string) {
    return this.store.get(u);
  }
  async put(u: string, bytes: Uint8Array) {
    if (this.putError) throw this.putError;
    this.store.set(u, bytes);
  }
  async delete(u: string) {
    this.store.delete(u);
  }
}

async function load(cache: MemoryCache, fetch: ReturnType<typeof fakeFetch>['fetch']) {
  const events: ProgressEvent[] = [];
  const bytes = await fetchModelFile({ model: 'm', file, baseUrl, cache, fetch, onProgress: (e) => events.push(e) });
  return { bytes, events };
}

describe('verifyFile', () => {
  it('accepts the right bytes and names truncation and corruption', async () => {
    expect(await sha256Hex(good)).toBe(file.sha256);
    expect(await verifyFile(good, file)).toBeUndefined();
    expect(await verifyFile(good.subarray(0, 10), file)).toBe('truncated: got 10 of 3,000 bytes');
    expect(await verifyFile(corrupt(good), file)).toMatch(/^corrupt: sha256 /);
  });

  it('names the problem in the language the worker was given', async () => {
    setLocale('ko');
    try {
      expect(await verifyFile(good.subarray(0, 10), file)).toBe('잘림: 3,000바이트 중 10바이트만 받음');
    } finally {
      setLocale('en');
    }
  });
});

describe('fetchModelFile', () => {
  it('streams with progress, verifies, and caches', async () => {
    const cache = new MemoryCache();
    const { fetch, calls } = fakeFetch(good);
    const { bytes, events } = await load(cache, fetch);
    expect(bytes).toEqual(good);
    expect(calls).toHaveLength(1);
    expect(cache.store.get(url)).toEqual(good);
    const progress = events.filter((e) => e.status === 'progress');
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toMatchObject({ loaded: 3000, total: 3000, progress: 100 });
    expect(events.at(-1)).toEqual({ status: 'done', model: 'm', file: file.path, fromCache: false });
  });

  it('serves a verified cached copy without fetching', async () => {
    const cache = new MemoryCache();
    cache.store.set(url, good);
    const { fetch, calls } = fakeFetch(good);
    const { events } = await load(cache, fetch);
    expect(calls).toHaveLength(0);
    expect(events).toEqual([{ status: 'done', model: 'm', file: file.path, fromCache: true }]);
  });

  it('evicts a corrupt cached copy and downloads', async () => {
    const cache = new MemoryCache();
    cache.store.set(url, corrupt(good));
    const { fetch, calls } = fakeFetch(good);
    expect((await load(cache, fetch)).bytes).toEqual(good);
    expect(calls).toHaveLength(1);
    expect(cache.store.get(url)).toEqual(good);
  });

  it('refetches a corrupt download once, bypassing the HTTP cache, with a warning', async () => {
    const cache = new MemoryCache();
    const { fetch, calls } = fakeFetch(corrupt(good), good);
    const { bytes, events } = await load(cache, fetch);
    expect(bytes).toEqual(good);
    expect(calls.map((c) => c.cache)).toEqual(['default', 'reload']);
    expect(events.filter((e) => e.status === 'warning')).toHaveLength(1);
  });

  it('fails naming the file when the refetch is bad too, and caches nothing', async () => {
    const cache = new MemoryCache();
    const { fetch, calls } = fakeFetch(good.subarray(0, 2000));
    const error = await load(cache, fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelFileError);
    expect((error as ModelFileError).file).toBe(file.path);
    expect((error as Error).message).toContain(`Model file ${file.path} is truncated: got 2,000 of 3,000 bytes`);
    expect(calls).toHaveLength(2);
    expect(cache.store.size).toBe(0);
  });

  it('names the file on an HTTP error', async () => {
    const fetch = async () => new Response('missing', { status: 404 });
    await expect(fetchModelFile({ model: 'm', file, baseUrl, cache: new MemoryCache(), fetch })).rejects.toThrow(`model file ${file.path}: HTTP 404`);
  });

  it('keeps going from memory with a warning when storage is full', async () => {
    const cache = new MemoryCache();
    cache.putError = new DOMException('full', 'QuotaExceededError');
    const { bytes, events } = await load(cache, fakeFetch(good).fetch);
    expect(bytes).toEqual(good);
    const warnings = events.filter((e) => e.status === 'warning');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0])).toContain('storage is full');
  });
});
