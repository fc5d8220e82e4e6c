// Builds the app once into a temporary folder, serves it with `vite preview` (cross-origin isolated, as
// vite.config.ts sets), and launches Debian's Chromium; close() undoes all three, also on Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';

// The flags of playwright.config.ts: without the networking ones Chromium floods the closed network.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-webgpu'];

export interface ServedApp { url: string; browser: Browser; buildMs: number; close(): Promise<void> }

export async function serveApp(opts: { port: number; distDir?: string }): Promise<ServedApp> {
  const undo: (() => Promise<void> | void)[] = [];
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    for (const step of undo.reverse()) await Promise.resolve().then(step).catch((e) => console.error(`cleanup: ${(e as Error).message}`));
  })());
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: closing the browser and the preview server`);
    void close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  undo.push(() => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); });
  try {
    let outDir = opts.distDir;
    const t0 = performance.now();
    if (!outDir) {
      const dir = mkdtempSync(join(tmpdir(), 'toonsmith-bench-'));
      undo.push(() => rmSync(dir, { recursive: true, force: true }));
      outDir = dir;
      await build({ mode: 'harness', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    }
    const buildMs = performance.now() - t0;
    const server: PreviewServer = await preview({ logLevel: 'error', build: { outDir }, preview: { port: opts.port, strictPort: false } });
    undo.push(() => server.close());
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a local address');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS,
      // Our own handlers close the browser, then the server and the build folder.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    undo.push(() => browser.close());
    return { url, browser, buildMs, close };
  } catch (err) {
    await close();
    throw err;
  }
}
