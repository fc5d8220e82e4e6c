// Two faults bench/faults.ts found: a reload within the autosave delay lost the newest text, and a model worker
// that ended in the middle of a run left the studio waiting for ever.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './lib/watch-errors';
import { preferBackend } from './lib/backend-setting';

const STUDIO = '/?suite=toon-mini';
const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);

test('a reload in the middle of typing keeps every character typed', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(STUDIO);
  await editor(page).click();
  await page.keyboard.type('민지가 비 오는 골목을');
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');
  // Well inside the 400 ms autosave delay: only the page's unload can save these.
  await page.keyboard.type(' 뛰어간다. A cat');
  await page.reload();
  await expect(editor(page)).toHaveValue('민지가 비 오는 골목을 뛰어간다. A cat');
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText(/Draft (restored|saved in this browser)/);
  // The text taken back from the unload's backup reaches IndexedDB too: a second reload still has it.
  await expect(page.locator('toon-treatment-editor [data-testid="save-status"]')).toHaveText('Draft saved in this browser');
  await page.reload();
  await expect(editor(page)).toHaveValue('민지가 비 오는 골목을 뛰어간다. A cat');
  expect(errors).toEqual([]);
});

test('a model worker that ends in the middle of a diffusion run: one message, and the next Generate draws', async ({ page }) => {
  test.setTimeout(360_000);
  const errors = watchErrors(page);
  await preferBackend(page, STUDIO, 'wasm');
  await editor(page).fill('A cat sleeps.');
  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Diffusion' }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  await expect(panel(page, 0).getByTestId('progress')).toHaveText(/Drawing \d+ \/ \d+/, { timeout: 180_000 });

  // The diffuse worker ends as if the browser had killed it (no hook in the app: the debugger protocol reaches it).
  const worker = page.workers().find((w) => w.url().includes('diffuse.worker'));
  expect(worker).toBeDefined();
  await worker!.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);

  const stopped = page.getByRole('alert').filter({ hasText: 'A model worker stopped' });
  await expect(stopped).toHaveCount(1, { timeout: 30_000 });
  await expect(generate(page)).toBeEnabled();
  await expect(editor(page)).toHaveValue('A cat sleeps.');

  await generate(page).click();
  await expect(panel(page, 0)).toHaveAttribute('data-status', 'done', { timeout: 240_000 });
  await expect(generate(page)).toBeEnabled();
  await expect(stopped).toHaveCount(1);
  expect(errors).toEqual([]);
});
