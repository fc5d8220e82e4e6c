// "Nothing leaves the machine": over a whole session (load, a retrieval strip, a diffusion strip, export, the CLIP
// lens) every request the page and its workers make stays on the app's origin, and the built app's
// Content-Security-Policy (csp.config.ts) is enforced in the page and in the workers without a single violation.
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../csp.config.ts';
import { watchErrors } from './lib/watch-errors';
import { preferBackend } from './lib/backend-setting';

const STUDIO = '/?suite=toon-mini';
const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|connect|create|compile|evaluate|apply)/i;

const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });
const panel = (page: Page, i: number) => page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
const lens = (page: Page) => page.locator('toon-clip-lens');

async function drawStrip(page: Page, lines: string[], mode: 'Diffusion' | 'Retrieval only') {
  await editor(page).fill(lines.join('\n'));
  await page.locator('toon-strip-controls').getByRole('radio', { name: mode }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  for (let i = 0; i < lines.length; i++) await expect(panel(page, i)).toHaveAttribute('data-status', 'done', { timeout: 240_000 });
  await expect(generate(page)).toBeEnabled();
}

test('a whole session makes only same-origin requests and breaks no rule of the Content-Security-Policy', async ({ page, context, baseURL }) => {
  test.setTimeout(420_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Worker scripts take their policy from their own response (the preview server's header), not from the page.
  const workerScriptPolicies: (string | undefined)[] = [];
  context.on('response', (r) => {
    if (/\.worker-[\w-]+\.js$/.test(new URL(r.url()).pathname)) workerScriptPolicies.push(r.headers()['content-security-policy']);
  });
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  // Violations in the document (an init script is not bound by the page's policy) and console reports from workers.
  const violations: string[] = [];
  await page.exposeBinding('__cspViolation', (_src, v: string) => void violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const cspConsole: string[] = [];
  const watchConsole = (text: string) => void (CSP_CONSOLE.test(text) && cspConsole.push(text));
  page.on('console', (m) => watchConsole(m.text()));
  page.on('worker', (w) => w.on('console', (m) => watchConsole(m.text())));
  const errors = watchErrors(page);

  await preferBackend(page, STUDIO, 'wasm');
  await expect(page.locator('toon-backend-badge .badge')).toHaveAttribute('data-kind', 'wasm', { timeout: 60_000 });

  await drawStrip(page, ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.'], 'Retrieval only');
  await drawStrip(page, ['A cat sleeps.'], 'Diffusion');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export episode' }).click();
  await download;
  await expect(page.getByRole('status').filter({ hasText: /Exported episode\.zip/ })).toBeVisible({ timeout: 30_000 });

  await lens(page).getByRole('button', { name: /CLIP lens/ }).click();
  await expect(lens(page).getByTestId('lens-result')).toBeVisible({ timeout: 120_000 });
  await expect(lens(page).getByTestId('lens-progress')).toHaveCount(0);

  // The log must hold the session's real traffic, workers' model downloads included, or it proves nothing.
  expect(requests.length).toBeGreaterThan(20);
  expect(requests.some((url) => /\.onnx$/.test(new URL(url).pathname))).toBe(true);
  expect(requests.some((url) => /\.wasm$/.test(new URL(url).pathname))).toBe(true);
  expect(requests.filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== origin)).toEqual([]);
  expect(sockets).toEqual([]);
  expect(violations).toEqual([]);
  expect(cspConsole).toEqual([]);
  expect(errors).toEqual([]);

  // The policy is really in force: the built page carries it, an inline script is refused, the workers have it too.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(CONTENT_SECURITY_POLICY);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  await expect.poll(() => violations.join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  expect(workerScriptPolicies.length).toBeGreaterThanOrEqual(3);
  for (const policy of workerScriptPolicies) expect(policy).toBe(CONTENT_SECURITY_POLICY);
});
