// The built app on a plain static host that sends no COOP/COEP: our service worker adds them, the page
// reloads once and runs threaded WASM; without service workers it runs on one thread.
import { expect, test, type Page } from '@playwright/test';
import config, { E2E_OUT_DIR } from '../../playwright.config';
import { serveStatic, type StaticHost } from './lib/static-server';
import { watchErrors } from './lib/watch-errors';

// The folder playwright.config.ts's web server has just built.
const DIST = E2E_OUT_DIR;
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.'];

// No WebGPU flag: headless Chromium's WebGPU is SwiftShader; this is about the WASM threads.
test.use({ launchOptions: { ...config.use?.launchOptions, args: (config.use?.launchOptions?.args ?? []).filter((a) => a !== '--enable-unsafe-webgpu') } });

let host: StaticHost;
test.beforeAll(async () => {
  host = await serveStatic(DIST);
});
test.afterAll(async () => {
  await host?.close();
});

const badge = (page: Page) => page.locator('toon-backend-badge .badge');
const isolated = (page: Page) => page.evaluate(() => globalThis.crossOriginIsolated).catch(() => false);

/** A DCGAN strip through the studio's own controls; waits until every panel is drawn. */
async function drawStrip(page: Page) {
  await page.locator('toon-treatment-editor textarea').fill(LINES.join('\n'));
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'DCGAN' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  const panels = page.locator('toon-strip-view toon-strip-panel');
  await expect(panels).toHaveCount(LINES.length);
  for (let i = 0; i < LINES.length; i++) {
    await expect(panels.nth(i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  }
}

test.describe('service workers allowed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('on a host without COOP/COEP the service worker makes the page cross-origin isolated after one reload, and a strip is drawn on threads', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${host.url}?suite=toon-mini`);
    await expect.poll(() => isolated(page), { timeout: 60_000 }).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}sw.js`);
    await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
    await expect(badge(page)).toHaveText(/^WASM · ([2-9]|\d{2,}) threads$/);
    await expect(badge(page)).toHaveAttribute('title', /cross-origin isolated: yes/);
    await drawStrip(page);
    // The first load and the one reload; nothing after it.
    expect(loads).toBe(2);
    // The static host really sent no isolation headers: the worker added them.
    const direct = await fetch(host.url);
    expect(direct.headers.get('cross-origin-embedder-policy')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('a second visit is isolated from the start, with no reload', async ({ page }) => {
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(host.url);
    await expect.poll(() => isolated(page), { timeout: 60_000 }).toBe(true);
    // The reloaded document can answer before its own load event fires: let that event pass before counting.
    await page.waitForLoadState('load');
    loads = 0;
    await page.goto(`${host.url}?suite=toon-mini`);
    expect(await isolated(page)).toBe(true);
    await expect(badge(page)).toHaveText(/^WASM · ([2-9]|\d{2,}) threads$/, { timeout: 60_000 });
    expect(loads).toBe(1);
  });
});

test.describe('service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('without a service worker the app runs on one thread, with no reload', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${host.url}?suite=toon-mini`);
    await expect(badge(page)).toHaveText('WASM · 1 thread', { timeout: 60_000 });
    expect(await isolated(page)).toBe(false);
    await drawStrip(page);
    expect(loads).toBe(1);
    // watchErrors keeps console errors; a blocked registration is a warning, not an error.
    expect(errors).toEqual([]);
  });
});
