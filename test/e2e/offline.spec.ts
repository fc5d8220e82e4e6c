// Offline and installable: after one visit (and one strip) the studio loads and draws with no network.
import { expect, test, type Page } from '@playwright/test';
import config, { E2E_OUT_DIR } from '../../playwright.config';
import { serveStatic, type StaticHost } from './lib/static-server';
import { watchErrors } from './lib/watch-errors';

const DIST = E2E_OUT_DIR;
const LINES = ['바닷가에서 친구들이 웃는다.', 'A cat sleeps on the classroom desk.'];

test.use({
  serviceWorkers: 'allow',
  launchOptions: { ...config.use?.launchOptions, args: (config.use?.launchOptions?.args ?? []).filter((a) => a !== '--enable-unsafe-webgpu') },
});

let host: StaticHost;
test.beforeAll(async () => {
  host = await serveStatic(DIST);
});
test.afterAll(async () => {
  await host?.close();
});

async function drawStrip(page: Page) {
  const lines = LINES;
  await page.locator('toon-treatment-editor textarea').fill(lines.join('\n'));
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'DCGAN' }).check();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeEnabled({ timeout: 60_000 });
  await generate.click();
  const panels = page.locator('toon-strip-view toon-strip-panel');
  await expect(panels).toHaveCount(lines.length);
  for (let i = 0; i < lines.length; i++) {
    await expect(panels.nth(i)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  }
}

test('after one visit and one strip, the studio reloads and draws a strip offline', async ({ page, context }) => {
  // Two strips, each loading its models cold, on two shared cores.
  test.setTimeout(420_000);
  const errors = watchErrors(page);
  await page.goto(`${host.url}?suite=toon-mini`);
  // Controlled by the service worker (the page is isolated once it is), its install (shell, gallery) done.
  await expect.poll(() => page.evaluate(() => globalThis.crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await drawStrip(page);
  // After that strip the service worker caches the rest of the suite (sha256-checked), so every mode works offline.
  const files = await page.evaluate(async () => {
    const manifest = (await (await fetch('models/manifest.json')).json()) as { suites: { id: string; models: { files: unknown[] }[] }[] };
    return manifest.suites.find((s) => s.id === 'toon-mini')!.models.reduce((n, m) => n + m.files.length, 0);
  });
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('toonsmith-models-v1')).keys()).length), { timeout: 120_000 })
    .toBe(files);

  await context.setOffline(true);
  const served = host.requests.length;
  await page.reload();
  await expect(page.locator('toon-studio h1')).toContainText('Toonsmith');
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await expect(page.locator('toon-backend-badge .badge')).toHaveText(/^WASM · ([2-9]|\d{2,}) threads$/, { timeout: 60_000 });
  await drawStrip(page);
  // Installable: the manifest and its icons come from the cache too.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    const json = (await (await fetch(href)).json()) as { name: string; icons: { src: string }[] };
    const icons = await Promise.all(json.icons.map(async (i) => (await fetch(new URL(i.src, href))).status));
    return { name: json.name, icons };
  });
  expect(manifest.name).toBe('Toonsmith');
  expect(manifest.icons.every((s) => s === 200)).toBe(true);
  // Nothing the page asked for reached the host while offline. (The browser's own update check of /sw.js
  // is made outside the page's emulated network; offline for real it just fails and the worker stays.)
  expect(host.requests.slice(served).filter((p) => p !== '/sw.js')).toEqual([]);
  expect(errors).toEqual([]);
});
