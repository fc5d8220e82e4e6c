import { chromium, expect, test, type Page } from '@playwright/test';
import type { Manifest } from '../../src/core/manifest';
import { formatBytes } from '../../src/features/models/shared/format-bytes';
import { modelBytes } from '../../src/core/model-ref';
import config from '../../playwright.config';
// Type-only: brings the tags' HTMLElementTagNameMap entries into the page.evaluate callbacks.
import type {} from '../../src/features/models/elements/models-panel';
import type {} from '../../src/ui/backend-badge';
import type {} from '../../src/ui/message-area';

const badge = (page: Page) => page.locator('toon-backend-badge .badge');
const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const problems = (page: Page) => page.locator('toon-treatment-editor [data-testid="treatment-problems"] li');
const saveStatus = (page: Page) => page.locator('toon-treatment-editor [data-testid="save-status"]');

/** Collects console errors and uncaught exceptions for the whole test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

async function typeDraft(page: Page, text: string) {
  await editor(page).fill(text);
  await expect(saveStatus(page)).toHaveText('Draft saved in this browser');
}

/** Pastes in one input event; Playwright's fill types through insertText, which is quadratic in newlines. */
async function pasteDraft(page: Page, text: string) {
  await editor(page).evaluate((el, value) => {
    const textarea = el as HTMLTextAreaElement;
    textarea.focus();
    textarea.value = value;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  // the label still reads 'saved' from the last edit until this one renders: wait for this edit's own save
  await expect(saveStatus(page)).toHaveText('Saving…');
  await expect(saveStatus(page)).toHaveText('Draft saved in this browser');
}

test('the studio loads with no console errors and shows its parts', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page).toHaveTitle('Toonsmith');
  await expect(page.locator('toon-studio h1')).toContainText('Toonsmith');
  await expect(page.locator('toon-strip-view')).toContainText('Panels will appear here');
  await expect(badge(page)).toHaveAttribute('data-kind', /webgpu|wasm/, { timeout: 60_000 });
  await expect(page.locator('toon-models-panel li').first()).toBeVisible();
  const generate = page.getByRole('button', { name: 'Generate strip' });
  await expect(generate).toBeDisabled();
  await expect(generate).toHaveAttribute('title', /Write at least one sentence/);
  await expect(page.locator('footer')).toContainText('OpenMoji');
  await expect(page.locator('footer a', { hasText: 'CC BY-SA 4.0' })).toHaveAttribute('href', /by-sa\/4\.0/);
  expect(errors).toEqual([]);
});

test('the backend badge says WASM, and why, when the only WebGPU adapter is software', async ({ page }) => {
  await page.goto('/');
  // Headless Chromium's adapter is SwiftShader: Auto passes it over for WASM (see backend-choice.spec.ts for WebGPU).
  await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
  await expect(badge(page)).toHaveAttribute('data-reason', 'software-adapter');
  await expect(badge(page)).toHaveAttribute('title', /software WebGPU adapter .*WASM is faster here/i);
});

test('the backend badge says WASM when the browser has no WebGPU', async () => {
  const launch = config.use?.launchOptions ?? {};
  const args = (launch.args ?? []).filter((a) => a !== '--enable-unsafe-webgpu');
  const browser = await chromium.launch({ executablePath: launch.executablePath, args });
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(config.use?.baseURL ?? 'http://localhost:4173');
    await expect(badge(page)).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });
    await expect(badge(page)).toHaveText(/^WASM · \d+ threads?$/);
    await expect(badge(page)).toHaveAttribute('data-reason', 'no-webgpu');
    // The preview sends COOP/COEP, so threads are available.
    await expect(badge(page)).toHaveAttribute('title', /cross-origin isolated: yes/);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the draft survives a reload', async ({ page }) => {
  await page.goto('/');
  const text = '민지가 비 오는 골목을 뛰어간다.\nShe stops under a red umbrella. ☂️';
  await typeDraft(page, text);
  await page.reload();
  await expect(editor(page)).toHaveValue(text);
  await expect(saveStatus(page)).toHaveText('Draft restored');
});

test('hostile input gets clear messages and loses no text', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');

  await typeDraft(page, '   \n\n');
  await expect(problems(page)).toHaveText([/Write at least one sentence/]);

  const mixed = '철수가 문을 연다 🚪\nThe rain stops. 비가 그친다 🌧️\n👩‍👩‍👧 가족 family';
  await typeDraft(page, mixed);
  await expect(problems(page)).toHaveCount(0);
  await expect(page.locator('toon-treatment-editor [data-testid="line-count"]')).toContainText('3 / 64');
  await expect(page.locator('toon-strip-view')).toContainText('3 sentences are ready');

  const markup = '<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 2">\n<b>bold</b>';
  await typeDraft(page, markup);
  await expect(editor(page)).toHaveValue(markup);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('toon-studio img, toon-studio b')).toHaveCount(0);

  const longLine = '가'.repeat(501);
  await typeDraft(page, `ok\n${longLine}`);
  await expect(problems(page)).toHaveText([/line 2 \(501\)/]);
  await expect(editor(page)).toHaveValue(`ok\n${longLine}`);

  const tenThousand = Array.from({ length: 10_000 }, (_, i) => `Line ${i + 1}: 장면 ${i + 1}`).join('\n');
  await pasteDraft(page, tenThousand);
  await expect(problems(page)).toHaveText([/10,000 sentences; a strip takes at most 64.*Nothing has been cut/]);
  await page.reload();
  await expect(saveStatus(page)).toHaveText('Draft restored');
  expect(await editor(page).inputValue()).toBe(tenThousand);
  expect(errors).toEqual([]);
});

test('a full storage quota shows a dismissible alert and keeps the text', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded (simulated).', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await editor(page).fill('이 문장은 저장되지 않는다.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('storage is full');
  await expect(saveStatus(page)).toHaveText('Not saved — kept in this tab');
  await expect(editor(page)).toHaveValue('이 문장은 저장되지 않는다.');
  await alert.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(editor(page)).toHaveValue('이 문장은 저장되지 않는다.');
});

test('a broken manifest shows an alert and leaves the editor usable', async ({ page }) => {
  await page.route('**/models/manifest.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "suites": [' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(/manifest/i);
  await expect(badge(page)).toHaveAttribute('data-kind', 'error');
  await expect(page.locator('toon-models-panel')).toContainText('No models listed yet.');
  await typeDraft(page, 'The studio still takes text.');
  await page.unroute('**/models/manifest.json');
  await page.reload();
  await expect(editor(page)).toHaveValue('The studio still takes text.');
});

test('the models panel lists the manifest models with sizes and loads one', async ({ page, request }) => {
  const manifest = (await (await request.get('/models/manifest.json')).json()) as Manifest;
  const suite = manifest.suites.find((s) => s.id === manifest.defaultSuite)!;
  await page.goto('/');
  const rows = page.locator('toon-models-panel li');
  await expect(rows).toHaveCount(suite.models.length);
  for (const model of suite.models) {
    const row = page.locator(`toon-models-panel li[data-model="${model.id}"]`);
    await expect(row).toContainText(model.title);
    await expect(row.getByTestId('size')).toHaveText(formatBytes(modelBytes(model)));
    await expect(row.getByTestId('state')).toHaveText('not loaded');
  }
  // Untrained weights are announced, as the manifest's notes mark them.
  const smoke = suite.models.some((m) => /smoke weights/i.test(m.notes ?? ''));
  await expect(page.locator('toon-models-panel').getByTestId('smoke-note')).toHaveCount(smoke ? 1 : 0);
  const first = page.locator(`toon-models-panel li[data-model="${suite.models[0].id}"]`);
  await first.getByRole('button', { name: `Load ${suite.models[0].title}` }).click();
  await expect(first.getByTestId('state')).toHaveText(/^ready/, { timeout: 90_000 });
  await expect(first.getByRole('button')).toBeDisabled();
});

test.describe('components in isolation', () => {
  test('the models panel shows every state and asks to load by id', async ({ page }) => {
    await page.goto('/');
    const events = await page.evaluate(async () => {
      const panel = document.createElement('toon-models-panel');
      panel.id = 'probe';
      panel.suiteTitle = 'Probe suite';
      const wasm = { kind: 'wasm', threads: 2, simd: true, crossOriginIsolated: true } as const;
      panel.models = [
        { id: 'a', title: 'Alpha', bytes: 1_500, state: { state: 'not-loaded' } },
        { id: 'b', title: 'Beta', bytes: 26_700_000, state: { state: 'downloading', percent: 42.7 } },
        { id: 'c', title: 'Gamma', bytes: 10, state: { state: 'ready', backend: wasm } },
        { id: 'd', title: 'Delta <i>x</i>', bytes: 0, state: { state: 'failed', reason: 'sha256 mismatch in d.onnx' } },
      ];
      const seen: string[] = [];
      document.body.addEventListener('model-load', (e) => seen.push((e as CustomEvent).detail.modelId));
      document.body.append(panel);
      await panel.updateComplete;
      panel.shadowRoot!.querySelectorAll('button').forEach((button) => button.click());
      return seen;
    });
    // Disabled buttons (downloading, ready) send nothing.
    expect(events).toEqual(['a', 'd']);
    const probe = page.locator('#probe');
    await expect(probe.locator('[data-model="a"] [data-testid="state"]')).toHaveText('not loaded');
    await expect(probe.locator('[data-model="a"] [data-testid="size"]')).toHaveText('1.5 kB');
    await expect(probe.locator('[data-model="b"] [data-testid="state"]')).toHaveText('downloading 42 %');
    await expect(probe.locator('[data-model="b"] progress')).toHaveAttribute('max', '100');
    await expect(probe.locator('[data-model="c"] [data-testid="state"]')).toHaveText('ready (WASM)');
    await expect(probe.locator('[data-model="d"] [data-testid="state"]')).toHaveText('failed: sha256 mismatch in d.onnx');
    await expect(probe.locator('[data-model="d"] button')).toHaveText('Retry');
    await expect(probe.locator('[data-model="d"] .title')).toHaveText('Delta <i>x</i>');
    await expect(probe).toContainText('4 models · 27 MB to download');
  });

  test('the badge explains a WASM backend without isolation', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      const b = document.createElement('toon-backend-badge');
      b.id = 'probe';
      b.backend = { kind: 'wasm', threads: 1, simd: false, crossOriginIsolated: false };
      document.body.append(b);
      await b.updateComplete;
    });
    const badgeEl = page.locator('#probe .badge');
    await expect(badgeEl).toHaveText('WASM · 1 thread');
    await expect(badgeEl).toHaveAttribute('title', /SIMD: no; cross-origin isolated: no/);
  });

  test('the message area announces errors and dismisses by id', async ({ page }) => {
    await page.goto('/');
    const dismissed = await page.evaluate(async () => {
      const area = document.createElement('toon-message-area');
      area.id = 'probe';
      area.messages = [
        { id: 'x1', kind: 'error', text: '<b>not bold</b>' },
        { id: 'x2', kind: 'info', text: 'fyi' },
      ];
      document.body.append(area);
      await area.updateComplete;
      let got = '';
      area.addEventListener('message-dismiss', (e) => (got = (e as CustomEvent).detail.id));
      area.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="x1"] button')!.click();
      return got;
    });
    expect(dismissed).toBe('x1');
    await expect(page.locator('#probe [role="alert"]')).toHaveText(/<b>not bold<\/b>/);
    await expect(page.locator('#probe [role="status"]')).toContainText('fyi');
  });
});
