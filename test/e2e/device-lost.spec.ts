// A real GPU reset in the studio: chrome://gpucrash kills Chromium's GPU process, so every WebGPU device of the
// page's workers is lost (reason "unknown") and every canvas is cleared, as after a driver reset. The studio must
// say so once, keep the draft, the strip and the models panel honest, and draw again on the next Generate.
import { chromium, expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import config from '../../playwright.config';
import { preferBackend } from './lib/backend-setting';
// Type-only: brings the tags' HTMLElementTagNameMap entries into the page.evaluate callbacks.
import type {} from '../../src/features/strip/elements/strip-view';

const STUDIO = '/?suite=toon-mini';
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.'];
const RESET = /The GPU was reset \(unknown: .+\); models will reload on the next Generate\. Your draft, strip and references are kept\./;

const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
const panels = (page: Page) => page.locator('toon-strip-view toon-strip-panel');
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
const badge = (page: Page) => page.locator('toon-backend-badge .badge');
const modelRow = (page: Page, id: string) => page.locator(`toon-models-panel li[data-model="${id}"]`);
const resetAlerts = (page: Page) => page.getByRole('alert').filter({ hasText: 'The GPU was reset' });
/** The panel's shown picture as a PNG data URL: equal strings mean equal pixels. */
const artPixels = (p: Locator) => p.locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

/**
 * Chromium honours chrome://gpucrash only from a typed navigation, and from an automated one only with
 * --enable-gpu-benchmarking (the switch Telemetry uses for the same purpose); each test gets a browser of its own,
 * so each crash hits a fresh GPU process and Chromium's crash limit is never reached.
 */
async function launchCrashable(): Promise<Browser> {
  const launch = config.use?.launchOptions ?? {};
  return chromium.launch({ executablePath: launch.executablePath, args: [...(launch.args ?? []), '--enable-gpu-benchmarking'] });
}

/** Crashes the GPU process from a second tab; the browser handles the URL itself, so the navigation never commits. */
async function crashGpu(page: Page): Promise<void> {
  const tab = await page.context().newPage();
  // Chromium answers ERR_ABORTED or ERR_INVALID_URL; what counts is the crash, which the studio's reaction shows.
  await tab.goto('chrome://gpucrash').catch(() => undefined);
  await tab.close();
}

async function openStudio(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: config.use?.baseURL, serviceWorkers: config.use?.serviceWorkers });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // Auto passes over SwiftShader for WASM: these tests need WebGPU devices to lose, so they ask for it.
  await preferBackend(page, STUDIO, 'webgpu');
  await expect(badge(page)).toHaveAttribute('data-kind', 'webgpu', { timeout: 60_000 });
  await editor(page).fill(LINES.join('\n'));
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');
  return { page, errors };
}

/** Adds a small real PNG (sky, field, red square) through the references card and waits for its thumbnail. */
async function addReference(page: Page) {
  const png = new PNG({ width: 32, height: 32 });
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 32; x++) png.data.set(x > 10 && x < 22 && y > 14 ? [220, 40, 40, 255] : y < 16 ? [120, 190, 255, 255] : [90, 180, 80, 255], (y * 32 + x) * 4);
  }
  await page.locator('toon-reference-drop input[type="file"]').setInputFiles({ name: 'my-scene.png', mimeType: 'image/png', buffer: PNG.sync.write(png) });
  await expect(page.locator('toon-reference-drop li')).toHaveCount(1, { timeout: 90_000 });
}

async function pickMode(page: Page, label: 'Diffusion' | 'DCGAN' | 'Retrieval only') {
  await page.locator('toon-strip-controls').getByRole('radio', { name: label }).check();
}

async function drawStrip(page: Page, mode: 'DCGAN' | 'Retrieval only', count = LINES.length) {
  await pickMode(page, mode);
  // Retrieval from the gallery runs the text tower on the GPU under test (a composed panel in this mode needs no model).
  if (mode === 'Retrieval only') await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  await expect(panels(page)).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(generate(page)).toBeEnabled();
}

/** After a loss the badge names what a fresh worker will run on; a model loaded since says the same. */
async function expectHonestBackend(page: Page, modelId: string) {
  await expect(badge(page)).toHaveAttribute('data-kind', /^(webgpu|wasm)$/, { timeout: 60_000 });
  const kind = await badge(page).getAttribute('data-kind');
  await expect(modelRow(page, modelId).getByTestId('state')).toHaveText(kind === 'webgpu' ? 'ready (WebGPU)' : 'ready (WASM)');
}

test('a GPU reset while idle: one message, draft, strip and models panel kept honest, and Generate works again', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const browser = await launchCrashable();
  try {
    const { page, errors } = await openStudio(browser);
    await addReference(page);
    await drawStrip(page, 'Retrieval only');
    await expect(modelRow(page, 'text_encoder')).toHaveAttribute('data-state', 'ready');
    const before = await Promise.all(LINES.map((_, i) => artPixels(panel(page, i))));

    await crashGpu(page);

    await expect(resetAlerts(page)).toHaveCount(1, { timeout: 30_000 });
    await expect(resetAlerts(page)).toContainText(RESET);
    await expect(page.getByRole('alert').filter({ hasText: /strip stopped|could not/i })).toHaveCount(0);
    await expect(editor(page)).toHaveValue(LINES.join('\n'));
    // The loaded models died with their device: the panel says so rather than "ready".
    for (const id of ['tokenizer', 'text_encoder']) await expect(modelRow(page, id)).toHaveAttribute('data-state', 'not-loaded');
    await expect(page.locator('toon-models-panel li[data-state="ready"]')).toHaveCount(0);
    await expect(badge(page)).toHaveAttribute('data-kind', /^(webgpu|wasm)$/, { timeout: 60_000 });
    // The strip is still there, pixel for pixel (the reset cleared the canvases; the panels paint themselves again).
    await expect(panels(page)).toHaveCount(LINES.length);
    for (let i = 0; i < LINES.length; i++) {
      await expect(panel(page, i)).toHaveAttribute('data-status', 'done');
      await expect.poll(() => artPixels(panel(page, i))).toBe(before[i]);
    }
    await expect(generate(page)).toBeEnabled();
    await expect(page.locator('toon-reference-drop li img')).toHaveAttribute('alt', 'my-scene.png');
    await page.screenshot({ path: testInfo.outputPath('gpu-reset-message.png') });

    // The next Generate starts fresh workers, loads the models again, puts the reference back in the index, and draws.
    await drawStrip(page, 'Retrieval only');
    await expectHonestBackend(page, 'text_encoder');
    await expect(modelRow(page, 'vision_encoder')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('toon-reference-drop li')).toHaveCount(1);
    await expect(resetAlerts(page)).toHaveCount(1);
    // Also no "Your reference images could not be loaded" warning.
    await expect(page.getByRole('alert').filter({ hasText: /strip stopped|could not/i })).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a GPU reset during a diffusion run stops it with the message, keeps the strip, and DCGAN draws after', async ({}, testInfo) => {
  test.setTimeout(420_000);
  const browser = await launchCrashable();
  try {
    const { page, errors } = await openStudio(browser);
    await drawStrip(page, 'Retrieval only');
    const before = await Promise.all(LINES.map((_, i) => artPixels(panel(page, i))));

    await pickMode(page, 'Diffusion');
    await generate(page).click();
    // Denoising steps are running on the GPU when it goes.
    await expect(panel(page, 0).getByTestId('progress')).toHaveText(/Drawing \d+ \/ \d+/, { timeout: 180_000 });
    await crashGpu(page);

    await expect(resetAlerts(page)).toHaveCount(1, { timeout: 30_000 });
    await expect(resetAlerts(page)).toContainText(RESET);
    await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0, { timeout: 30_000 });
    await expect(generate(page)).toBeEnabled();
    // The run drew nothing, so the strip drawn before it is back, pixel for pixel; only one alert for the reset.
    await expect(page.getByRole('status').filter({ hasText: 'previous strip is kept' })).toBeVisible();
    for (let i = 0; i < LINES.length; i++) {
      await expect(panel(page, i)).toHaveAttribute('data-status', 'done');
      await expect.poll(() => artPixels(panel(page, i))).toBe(before[i]);
    }
    await expect(page.getByRole('alert').filter({ hasText: /strip stopped|could not/i })).toHaveCount(0);
    await expect(editor(page)).toHaveValue(LINES.join('\n'));
    await expect(page.locator('toon-models-panel li[data-state="ready"], toon-models-panel li[data-state="downloading"]')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('gpu-reset-mid-run.png') });

    await editor(page).fill(LINES[1]);
    await drawStrip(page, 'DCGAN', 1);
    await expectHonestBackend(page, 'gan_generator');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a GPU reset after the demo model ran on WebGPU: the demo worker is watched like the model workers', async () => {
  test.setTimeout(180_000);
  const browser = await launchCrashable();
  try {
    const context = await browser.newContext({ baseURL: config.use?.baseURL, serviceWorkers: config.use?.serviceWorkers });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await preferBackend(page, '/?suite=demo', 'webgpu');
    await expect(badge(page)).toHaveAttribute('data-kind', 'webgpu', { timeout: 60_000 });
    const row = modelRow(page, 'tiny-mlp');
    await row.getByRole('button', { name: /^Load / }).click();
    await expect(row.getByTestId('state')).toHaveText('ready (WebGPU)', { timeout: 60_000 });

    await crashGpu(page);

    // Only the demo worker had a device: the reset is still said once, and the panel stops calling its model ready.
    await expect(resetAlerts(page)).toHaveCount(1, { timeout: 30_000 });
    await expect(row).toHaveAttribute('data-state', 'not-loaded');
    await expect(badge(page)).toHaveAttribute('data-kind', /^(webgpu|wasm)$/, { timeout: 60_000 });
    await row.getByRole('button', { name: /^Load / }).click();
    await expect(row).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expectHonestBackend(page, 'tiny-mlp');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
