// Collects a page's console errors and uncaught exceptions, so a spec can assert the studio stayed clean.
import type { Page } from '@playwright/test';

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // onnxruntime-web prints its own warnings (e.g. shape ops kept on the CPU) through console.error.
    if (msg.type() === 'error' && !msg.text().includes('[W:onnxruntime')) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
