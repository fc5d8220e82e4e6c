// Prints load time and per-call latency of the demo model in a worker, on WASM and WebGPU, in Debian's Chromium.
// Usage: npx tsx bench/runtime.ts [calls=200]   (WebGPU here is SwiftShader on the CPU: correctness, not speed)
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import type { HarnessRuntime } from '../test/e2e/pages/runtime-harness';

const calls = Number(process.argv[2] ?? 200);
const server = await createServer({ server: { port: 5191, strictPort: false }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-webgpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${server.resolvedUrls?.local[0]}test/e2e/pages/runtime-harness.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  for (const backend of ['wasm', 'webgpu'] as const) {
    const r = await page.evaluate(
      async ([backend, calls]) => {
        const runtime = (window as unknown as { runtime: HarnessRuntime }).runtime;
        const t0 = performance.now();
        const { host } = await runtime.start(backend);
        const info = await host.backend();
        const t1 = performance.now();
        await host.load('tiny-mlp');
        const t2 = performance.now();
        const perCall: Record<number, number> = {};
        for (const batch of [1, 64]) {
          const input = { data: new Float32Array(batch * 16).fill(0.25), dims: [batch, 16] };
          await host.demo.run('demo/tiny-mlp', input);
          const s = performance.now();
          await host.demo.runMany('demo/tiny-mlp', input, calls);
          perCall[batch] = (performance.now() - s) / calls;
        }
        await host.dispose();
        return { info, initMs: t1 - t0, loadMs: t2 - t1, perCall };
      },
      [backend, calls] as const,
    );
    const where = r.info.kind === 'wasm' ? `wasm, ${r.info.threads} threads` : `webgpu, ${r.info.adapter}`;
    console.log(`${backend.padEnd(6)} (${where}): start ${r.initMs.toFixed(0)} ms, load+verify+session+warm-up ${r.loadMs.toFixed(0)} ms, ` +
      `per model call (one runMany of ${calls}) batch 1: ${r.perCall[1].toFixed(3)} ms, batch 64: ${r.perCall[64].toFixed(3)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
