// Issue 14: Auto treats headless Chromium's SwiftShader as "no GPU" and runs WASM, saying why; the header select
// forces WebGPU or WASM, restarts the model workers in place (draft and strip kept), and is remembered.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './lib/watch-errors';

const STUDIO = '/?suite=toon-mini';
const LINES = ['A cat sleeps on the classroom desk.', '민지가 비 오는 골목을 뛰어간다.'];

const badge = (page: Page) => page.locator('toon-backend-badge .badge');
const choice = (page: Page) => page.getByTestId('backend-choice');
const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
const modelRow = (page: Page, id: string) => page.locator(`toon-models-panel li[data-model="${id}"]`);

async function drawRetrievalStrip(page: Page) {
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  // The gallery's retrieval runs the text tower on the chosen backend (a composed panel in this mode needs no model).
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Gallery' }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  for (let i = 0; i < LINES.length; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
  await expect(generate(page)).toBeEnabled();
}

test('Auto runs WASM past SwiftShader and says why; the select forces WebGPU, then WASM, and is remembered', async ({ page }) => {
  test.setTimeout(480_000);
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  await expect(choice(page)).toHaveValue('auto');
  await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
  await expect(badge(page)).toHaveAttribute('data-reason', 'software-adapter');
  await expect(badge(page)).toHaveText(/^WASM · \d+ threads?$/);
  await expect(badge(page)).toHaveAttribute('title', /^Only a software WebGPU adapter \(.*swiftshader.*\) — WASM is faster here/i);

  await editor(page).fill(LINES.join('\n'));
  await drawRetrievalStrip(page);
  await expect(modelRow(page, 'text_encoder').getByTestId('state')).toHaveText('ready (WASM)');
  const drawn = await panel(page, 0).locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

  // WebGPU: the workers restart on SwiftShader; the draft and the strip stay, the models reload on the next use.
  await choice(page).selectOption('webgpu');
  await expect(badge(page)).toHaveAttribute('data-kind', 'webgpu', { timeout: 60_000 });
  await expect(badge(page)).toHaveText(/^WebGPU · \S/);
  await expect(badge(page)).toHaveAttribute('title', /^Set to WebGPU in settings/);
  await expect(modelRow(page, 'text_encoder')).toHaveAttribute('data-state', 'not-loaded');
  await expect(editor(page)).toHaveValue(LINES.join('\n'));
  await expect(panel(page, 0)).toHaveAttribute('data-status', 'done');
  expect(await panel(page, 0).locator('.art canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL())).toBe(drawn);
  await drawRetrievalStrip(page);
  await expect(modelRow(page, 'text_encoder').getByTestId('state')).toHaveText('ready (WebGPU)');

  await page.reload();
  await expect(choice(page)).toHaveValue('webgpu');
  await expect(badge(page)).toHaveAttribute('data-kind', 'webgpu', { timeout: 60_000 });

  // WASM again, by the author's word this time; a reload keeps it.
  await choice(page).selectOption('wasm');
  await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
  await expect(badge(page)).toHaveAttribute('data-reason', 'chosen');
  await expect(badge(page)).toHaveAttribute('title', /^Set to WASM in settings/);
  await page.reload();
  await expect(choice(page)).toHaveValue('wasm');
  await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
  await expect(badge(page)).toHaveAttribute('data-reason', 'chosen');
  await expect(editor(page)).toHaveValue(LINES.join('\n'));
  await drawRetrievalStrip(page);
  expect(errors).toEqual([]);
});
