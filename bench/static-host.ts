// Strip time on a plain static host (no COOP/COEP), as the studio draws it: with our service worker (cross-origin
// isolated after one reload → WASM threads) and without it (service workers blocked → one thread). Prints figures;
// nothing passes or fails on time.
// npx tsx bench/static-host.ts [--repeats N] [--modes diffusion,dcgan,retrieval] [--dist DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/served-app';
import { serveStatic } from '../test/e2e/lib/static-server';
import { printRows, type Row } from './lib/bench-table';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const repeats = Number(arg('repeats') ?? 2);
const MODES = { diffusion: 'Diffusion', dcgan: 'DCGAN', retrieval: 'Retrieval only' } as const;
const modes = (arg('modes') ?? 'diffusion,dcgan').split(',') as (keyof typeof MODES)[];
// The strip e2e test's treatment: two Korean and two English sentences.
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.', '바닷가에서 친구들이 웃는다.', 'Two friends share an umbrella at the bus stop.'];

async function drawStrip(page: Page, label: string): Promise<number> {
  await page.locator('toon-treatment-editor textarea').fill(LINES.join('\n'));
  await page.locator('toon-strip-controls').getByRole('radio', { name: label }).check();
  const idle = page.getByRole('button', { name: 'Generate strip', disabled: false });
  const busy = page.getByRole('button', { name: 'Generate strip', disabled: true });
  await idle.waitFor({ timeout: 120_000 });
  const t0 = Date.now();
  await idle.click();
  // The button is disabled while the strip runs; a very short run may end before this sees it.
  await busy.waitFor({ timeout: 5_000 }).catch(() => undefined);
  await idle.waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const done = await page.locator('toon-strip-view toon-strip-panel[data-status="done"]').count();
  if (done !== LINES.length) throw new Error(`${label}: ${done} of ${LINES.length} panels drawn`);
  return ms;
}

async function variant(browser: Browser, url: string, sw: boolean, rows: Row[]): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: sw ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?suite=toon-mini`);
    if (sw) await page.waitForFunction(() => globalThis.crossOriginIsolated === true, undefined, { timeout: 120_000 }).catch(async () => {
      // the service worker's reload replaces the page under the wait: wait once more on the new one
      await page.waitForLoadState('load');
      await page.waitForFunction(() => globalThis.crossOriginIsolated === true, undefined, { timeout: 120_000 });
    });
    const badge = page.locator('toon-backend-badge .badge');
    await badge.and(page.locator('[data-kind="wasm"]')).waitFor({ timeout: 120_000 });
    const label = (await badge.textContent())?.trim() ?? '?';
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
    const what = sw ? 'service worker' : 'no service worker';
    for (const mode of modes) {
      const ms: number[] = [];
      for (let r = 0; r < repeats + 1; r++) {
        ms.push(await drawStrip(page, MODES[mode]));
        console.error(`  ${what}, ${mode} strip ${r + 1}/${repeats + 1}: ${(ms[r] / 1000).toFixed(1)} s`);
      }
      // The first strip of a mode also downloads and compiles its models: reported apart.
      rows.push({ section: mode, name: `${mode}, ${LINES.length}-panel strip, first (${what}: ${label})`, ms: ms.slice(0, 1), note: `isolated ${isolated}` });
      rows.push({ section: mode, name: `${mode}, ${LINES.length}-panel strip, warm (${what}: ${label})`, ms: ms.slice(1), note: `isolated ${isolated}` });
    }
  } finally {
    await context.close();
  }
}

const given = arg('dist');
const dir = given ?? mkdtempSync(join(tmpdir(), 'toonsmith-static-'));
try {
  if (!given) await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  const host = await serveStatic(dir);
  // No WebGPU flag: the point is WASM with and without threads.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu') });
  const rows: Row[] = [];
  try {
    for (const sw of [true, false]) await variant(browser, host.url, sw, rows);
  } finally {
    await browser.close();
    await host.close();
  }
  printRows(rows, `Strip time on a static host without COOP/COEP (${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}; ${repeats} warm strips each)`);
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
