// Storage faults: model files corrupted in Cache Storage (the app checks each against the manifest's sha256),
// and a storage quota used up (CDP Storage.overrideQuotaForOrigin), where the studio must run from memory.
import type { Browser, Page } from 'playwright-core';
import { createRng } from '../../src/core/rng';
import { MODEL_CACHE_NAME } from '../../src/runtime/worker/model-cache';
import { alerts, drawStrip, editor, openStudio, paste, saveStatus, until, watchPage } from './faults-studio';

const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.'];
const KINDS = ['one byte flipped', 'truncated to half', 'zeroed', 'an HTML error page'] as const;

export interface CacheFigures { corrupted: number; refetched: number; verifiedAfter: number; stripsDrawn: number; uncaught: number; kinds: string }

/** sha256 of each cached model file next to the manifest's, by URL. */
async function cacheState(page: Page): Promise<{ url: string; ok: boolean }[]> {
  return page.evaluate(async (cacheName) => {
    const manifest = (await (await fetch('/models/manifest.json')).json()) as { suites: { models: { files: { path: string; sha256: string }[] }[] }[] };
    const want = new Map<string, string>();
    for (const s of manifest.suites) for (const m of s.models) for (const f of m.files) want.set(new URL(`/models/${f.path}`, location.href).href, f.sha256);
    const cache = await caches.open(cacheName);
    const out: { url: string; ok: boolean }[] = [];
    for (const req of await cache.keys()) {
      const bytes = await (await cache.match(req))!.arrayBuffer();
      const hex = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      out.push({ url: req.url, ok: want.get(req.url) === hex });
    }
    return out;
  }, MODEL_CACHE_NAME);
}

export async function corruptedCacheEntries(browser: Browser, baseUrl: string, count: number): Promise<CacheFigures> {
  const rng = createRng(20);
  const context = await browser.newContext();
  const page = await openStudio(context, baseUrl);
  const watch = watchPage(page);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  const out: CacheFigures = { corrupted: 0, refetched: 0, verifiedAfter: 0, stripsDrawn: 0, uncaught: 0, kinds: KINDS.join(', ') };
  await drawStrip(page, LINES, 'Retrieval only');
  const entries = (await cacheState(page)).map((e) => e.url);
  for (let i = 0; i < count && entries.length > 0; i++) {
    const url = entries[i % entries.length];
    const kind = KINDS[i % KINDS.length];
    await page.evaluate(async ({ cacheName, url, kind, at }) => {
      const cache = await caches.open(cacheName);
      const bytes = new Uint8Array(await (await cache.match(url))!.arrayBuffer());
      const bad = kind === 'one byte flipped' ? bytes.map((b, j) => (j === Math.floor(at * bytes.length) ? b ^ 0xff : b))
        : kind === 'truncated to half' ? bytes.slice(0, bytes.length >> 1)
        : kind === 'zeroed' ? new Uint8Array(bytes.length)
        : new TextEncoder().encode('<!doctype html><title>404</title>');
      await cache.put(url, new Response(bad));
    }, { cacheName: MODEL_CACHE_NAME, url, kind, at: rng.next() });
    out.corrupted++;
    fetched.length = 0;
    await page.reload();
    await editor(page).waitFor();
    if (await drawStrip(page, LINES, 'Retrieval only')) out.stripsDrawn++;
    if (fetched.includes(url)) out.refetched++;
    if ((await cacheState(page)).find((e) => e.url === url)?.ok) out.verifiedAfter++;
  }
  out.uncaught = watch.uncaught.length;
  await context.close();
  return out;
}

export interface QuotaFigures { quotaBytes: number; stripDrawn: boolean; draftKeptInTab: boolean; saveStatus: string; warnings: string[]; uncaught: number }

/** A fresh visit with the origin's quota cut to quotaBytes: models cannot be cached, the draft cannot be saved. */
export async function quotaExhausted(browser: Browser, baseUrl: string, quotaBytes: number): Promise<QuotaFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: quotaBytes });
  const watch = watchPage(page);
  await page.goto(new URL('/?suite=toon-mini', baseUrl).href);
  await editor(page).waitFor();
  const stripDrawn = await drawStrip(page, LINES, 'Retrieval only');
  await paste(page, `${LINES.join('\n')}\nThe draft goes on.`);
  await until(async () => !/Saving/.test(await saveStatus(page).textContent() ?? ''), 10_000);
  const status = (await saveStatus(page).textContent())?.trim() ?? '';
  const draftKeptInTab = (await editor(page).inputValue()).endsWith('The draft goes on.');
  const warnings = [...new Set((await alerts(page).allTextContents()).map((t) => t.trim().replace(/\s+/g, ' ')))];
  await context.close();
  return { quotaBytes, stripDrawn, draftKeptInTab, saveStatus: status, warnings, uncaught: watch.uncaught.length };
}
