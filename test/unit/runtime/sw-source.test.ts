// sw.js is plain script (a classic service worker cannot import), so what it shares with the app is checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_CACHE_NAME } from '../../../src/runtime/worker/model-cache';

const source = readFileSync(new URL('../../../src/runtime/service-worker/sw.js', import.meta.url), 'utf8');

describe('service worker source', () => {
  it('serves models from the cache the workers fill', () => {
    expect(/const MODEL_CACHE = '([^']+)'/.exec(source)?.[1]).toBe(MODEL_CACHE_NAME);
  });

  it('keeps the marker the build replaces with its file list, and has no module syntax', () => {
    expect(source).toMatch(/\/\*__BUILD__\*\/ \{[^}]*\}/);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });
});
