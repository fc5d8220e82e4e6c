// How the fault bench drives the studio: the same roles and test ids as test/e2e, on playwright-core.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './served-app';

export const STUDIO = '/?suite=toon-mini';

export const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
export const saveStatus = (page: Page) => page.locator('toon-treatment-editor [data-testid="save-status"]');
export const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
export const cancel = (page: Page) => page.getByRole('button', { name: 'Cancel' });
export const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
export const alerts = (page: Page) => page.getByRole('alert');

/** Chromium without WebGPU: the studio picks WASM itself, faster here than the emulated (SwiftShader) adapter. */
export function launchWasmBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu') });
}

/** Uncaught exceptions and console errors of a page and its workers, ORT's own warnings left out. */
export function watchPage(page: Page): { uncaught: string[]; consoleErrors: string[] } {
  const out = { uncaught: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (e) => out.uncaught.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('[W:onnxruntime')) out.consoleErrors.push(m.text());
  });
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('[W:onnxruntime')) out.consoleErrors.push(`worker: ${m.text()}`);
  }));
  return out;
}

export async function openStudio(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(STUDIO, baseUrl).href);
  await editor(page).waitFor();
  return page;
}

/** Pastes a whole treatment in one input event, as a paste would (fill() types line by line). */
export async function paste(page: Page, text: string): Promise<void> {
  await editor(page).evaluate((el, value) => {
    const textarea = el as HTMLTextAreaElement;
    textarea.focus();
    textarea.value = value;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }, text);
}

export async function pickMode(page: Page, label: 'Diffusion' | 'DCGAN' | 'Retrieval only'): Promise<void> {
  await page.locator('toon-strip-controls').getByRole('radio', { name: label }).check();
}

/** Polls until cond() holds or ms pass; true when it held. */
export async function until(cond: () => Promise<boolean>, ms: number, every = 200): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await cond().catch(() => false)) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Clicks Generate and waits for every panel to be drawn; false when a panel failed or time ran out. */
export async function drawStrip(page: Page, lines: string[], mode: 'Diffusion' | 'Retrieval only', ms = 180_000): Promise<boolean> {
  await paste(page, lines.join('\n'));
  await pickMode(page, mode);
  if (!(await until(() => generate(page).isEnabled(), 60_000))) return false;
  await generate(page).click();
  return finishes(page, lines.length, ms);
}

/** Waits for a run to end with every panel (count of them, or any number) drawn. */
export async function finishes(page: Page, count: number | undefined, ms: number): Promise<boolean> {
  const ended = await until(async () => {
    const states = await page.locator('toon-strip-view toon-strip-panel').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    return states.length === (count ?? Math.max(1, states.length)) && states.every((s) => s === 'done' || s === 'error' || s === 'cancelled') && (await generate(page).isEnabled());
  }, ms);
  if (!ended) return false;
  const states = await page.locator('toon-strip-view toon-strip-panel').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  return states.length > 0 && states.every((s) => s === 'done');
}
