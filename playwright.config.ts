import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright cannot download its own browser here.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-webgpu',
];

// E2E_PORT lets several checkouts (or people) run the suite side by side without sharing a stale server.
const port = Number(process.env.E2E_PORT ?? 4173);
// Its own folder: the harness pages must never land in the app's dist/.
export const E2E_OUT_DIR = port === 4173 ? 'dist-e2e' : `dist-e2e-${port}`;
const outDir = E2E_OUT_DIR;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  // Two shared cores: a 10k-line paste or a first model load can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  use: {
    baseURL: `http://localhost:${port}`,
    // The build registers a service worker; page.route cannot see what it fetches. Specs about it allow it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: `npx vite build --config test/e2e/vite.config.ts --outDir ${outDir} && npx vite preview --config test/e2e/vite.config.ts --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
