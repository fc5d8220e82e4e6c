// A bench page in Debian's Chromium, served by Vite, with one model file routed to it: the browser half of every
// "same file on onnxruntime-web WASM vs onnxruntime-node" bench.
import { realpathSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';

export interface ModelBenchPage {
  page: Page;
  /** The server's base URL, ending in '/'. */
  base: string;
  /** Where the page fetches the model from. */
  modelUrl: string;
  close(): Promise<void>;
}

/** Opens `bench/pages/<pageName>` and waits until it says it is ready; the model is answered at `<base><modelName>`. */
export async function openModelBenchPage(pageName: string, modelName: string, model: Uint8Array, port: number,
  extraArgs: string[] = []): Promise<ModelBenchPage> {
  // node_modules may be a link (a git worktree sharing one install): Vite must be allowed to serve its real path
  const allow = [process.cwd(), realpathSync('node_modules')];
  const server = await createServer({ server: { port, strictPort: false, fs: { allow } }, logLevel: 'error' });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.newPage();
    await page.route(`**/${modelName}`, (route) => route.fulfill({ body: Buffer.from(model), contentType: 'application/octet-stream',
      headers: { 'Cross-Origin-Resource-Policy': 'same-origin' } }));
    const base = server.resolvedUrls!.local[0];
    await page.goto(`${base}bench/pages/${pageName}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 120_000 });
    return { page, base, modelUrl: `${base}${modelName}`, close };
  } catch (err) {
    await close();
    throw err;
  }
}
