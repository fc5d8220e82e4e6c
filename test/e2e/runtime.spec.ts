// The in-browser model runtime end to end: manifest → verified download → cache → ORT session in a worker.
import { readFileSync, statSync } from 'node:fs';
import type { Manifest } from '../../src/core/manifest';
import { test, expect, type Page } from '@playwright/test';
import type { HarnessHost, HarnessRuntime } from './pages/runtime-harness';

interface Reference {
  input: { data: number[]; dims: number[] };
  output: { data: number[]; dims: number[] };
}
const reference = JSON.parse(readFileSync(new URL('./fixtures/tiny-mlp-reference.json', import.meta.url), 'utf8')) as Reference;
const MODEL_FILE = 'demo/tiny-mlp/onnx/model.onnx';
const MODEL_ROUTE = `**/models/${MODEL_FILE}`;

type Win = Window & { runtime: HarnessRuntime; hosts: Record<string, HarnessHost> };

function maxAbsDiff(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

async function openHarness(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto('/test/e2e/pages/runtime-harness.html');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return errors;
}

/** Starts a ModelHost with the given backend under window.hosts[name]; returns its BackendInfo. */
async function startHost(page: Page, name: string, backend: 'auto' | 'webgpu' | 'wasm') {
  return page.evaluate(
    async ([name, backend]) => {
      const w = window as unknown as Win;
      w.hosts ??= {};
      w.hosts[name] = await w.runtime.start(backend);
      return w.hosts[name].host.backend();
    },
    [name, backend] as const,
  );
}

async function loadDemo(page: Page, name: string): Promise<string | null> {
  return page.evaluate(async (name) => {
    try {
      await (window as unknown as Win).hosts[name].host.load('tiny-mlp');
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  }, name);
}

async function runReference(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    async ([name, input]) => {
      const out = await (window as unknown as Win).hosts[name].host.demo.run('demo/tiny-mlp', { data: Float32Array.from(input.data), dims: input.dims });
      return Array.from(out.data);
    },
    [name, reference.input] as const,
  );
}

test('the demo graph runs in a worker on WebGPU and on WASM, matching onnxruntime-node within 1e-4', async ({ page }) => {
  const errors = await openHarness(page);
  const gpu = await startHost(page, 'gpu', 'webgpu');
  const cpu = await startHost(page, 'cpu', 'wasm');
  expect(gpu.kind).toBe('webgpu');
  expect(cpu).toMatchObject({ kind: 'wasm', simd: true, crossOriginIsolated: true });
  if (cpu.kind === 'wasm') expect(cpu.threads).toBeGreaterThanOrEqual(1);

  expect(await loadDemo(page, 'cpu')).toBeNull();
  expect(await loadDemo(page, 'gpu')).toBeNull();
  const onGpu = await runReference(page, 'gpu');
  const onCpu = await runReference(page, 'cpu');
  expect(maxAbsDiff(onGpu, onCpu)).toBeLessThan(1e-4);
  expect(maxAbsDiff(onCpu, reference.output.data)).toBeLessThan(1e-4);
  expect(maxAbsDiff(onGpu, reference.output.data)).toBeLessThan(1e-4);

  const states = await page.evaluate(() => (window as unknown as Win).hosts.cpu.states.map((s) => s.state.state));
  expect(states[0]).toBe('downloading');
  expect(states.at(-1)).toBe('ready');
  expect(errors).toEqual([]);
});

test('a second visit loads the model from Cache Storage', async ({ page }) => {
  await openHarness(page);
  await startHost(page, 'first', 'wasm');
  expect(await loadDemo(page, 'first')).toBeNull();
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await startHost(page, 'second', 'wasm');
  expect(await loadDemo(page, 'second')).toBeNull();
  const done = await page.evaluate(() => (window as unknown as Win).hosts.second.events.filter((e) => e.status === 'done'));
  expect(done).toEqual([{ status: 'done', model: 'tiny-mlp', file: MODEL_FILE, fromCache: true }]);
  expect(maxAbsDiff(await runReference(page, 'second'), reference.output.data)).toBeLessThan(1e-4);
});

test('cancel stops a job within one model call and the worker stays usable', async ({ page }) => {
  await openHarness(page);
  await startHost(page, 'cpu', 'wasm');
  expect(await loadDemo(page, 'cpu')).toBeNull();
  const result = await page.evaluate(async (input) => {
    const demo = (window as unknown as Win).hosts.cpu.host.demo;
    const controller = new AbortController();
    let steps = 0;
    let stepsAtAbort = -1;
    const job = demo.runMany('demo/tiny-mlp', { data: Float32Array.from(input.data), dims: input.dims }, 1_000_000, {
      signal: controller.signal,
      onProgress: (e) => {
        if (e.status !== 'step') return;
        steps = e.step;
        if (steps === 20) {
          stepsAtAbort = steps;
          controller.abort();
        }
      },
    });
    const queued = new AbortController();
    const behind = demo.run('demo/tiny-mlp', { data: Float32Array.from(input.data), dims: input.dims }, { signal: queued.signal });
    queued.abort();
    const outcome = await job.then(() => 'finished', (err: Error) => err.name);
    const queuedOutcome = await behind.then(() => 'finished', (err: Error) => err.name);
    // Progress callbacks arrive asynchronously; give stray ones a moment before counting.
    await new Promise((r) => setTimeout(r, 200));
    return { outcome, queuedOutcome, stepsAtAbort, stepsAfter: steps };
  }, reference.input);
  expect(result.outcome).toBe('AbortError');
  expect(result.queuedOutcome).toBe('AbortError');
  expect(result.stepsAtAbort).toBe(20);
  // Step events lag the worker by a few sub-millisecond calls; the job must stop right after the cancel lands, not run on.
  expect(result.stepsAfter - result.stepsAtAbort).toBeLessThan(100);
  expect(maxAbsDiff(await runReference(page, 'cpu'), reference.output.data)).toBeLessThan(1e-4);
});

test('a corrupt model file is refused with a message naming it, refetched once, and the app stays usable', async ({ page, context }) => {
  const errors = await openHarness(page);
  let requests = 0;
  await context.route(MODEL_ROUTE, async (route) => {
    requests++;
    const response = await route.fetch();
    const body = await response.body();
    body[body.length >> 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await startHost(page, 'cpu', 'wasm');
  const message = await loadDemo(page, 'cpu');
  expect(message).toContain(MODEL_FILE);
  expect(message).toMatch(/corrupt/);
  expect(requests).toBe(2);
  const last = await page.evaluate(() => (window as unknown as Win).hosts.cpu.states.at(-1));
  expect(last).toMatchObject({ modelId: 'tiny-mlp', state: { state: 'failed' } });

  await context.unroute(MODEL_ROUTE);
  expect(await loadDemo(page, 'cpu')).toBeNull();
  expect(maxAbsDiff(await runReference(page, 'cpu'), reference.output.data)).toBeLessThan(1e-4);
  expect(errors).toEqual([]);
});

test('a truncated download is refetched once and then loads', async ({ page, context }) => {
  await openHarness(page);
  let requests = 0;
  await context.route(MODEL_ROUTE, async (route) => {
    requests++;
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: requests === 1 ? body.subarray(0, 1000) : body });
  });
  await startHost(page, 'cpu', 'wasm');
  expect(await loadDemo(page, 'cpu')).toBeNull();
  expect(requests).toBe(2);
  const warnings = await page.evaluate(() => (window as unknown as Win).hosts.cpu.events.filter((e) => e.status === 'warning'));
  expect(warnings).toHaveLength(1);
  expect(JSON.stringify(warnings[0])).toContain(`${MODEL_FILE} is truncated`);
});

test('when storage is full the model still loads, from memory, with a warning', async ({ page, context }) => {
  await openHarness(page);
  // A real quota: Chromium refuses the cache put with QuotaExceededError.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1024 });
  await startHost(page, 'cpu', 'wasm');
  expect(await loadDemo(page, 'cpu')).toBeNull();
  const warnings = await page.evaluate(() => (window as unknown as Win).hosts.cpu.events.filter((e) => e.status === 'warning'));
  expect(warnings).toHaveLength(1);
  expect(JSON.stringify(warnings[0])).toContain('storage is full');
  expect(maxAbsDiff(await runReference(page, 'cpu'), reference.output.data)).toBeLessThan(1e-4);
});

test('without WebGPU, auto falls back to WASM and a forced WebGPU request fails clearly', async ({ playwright, baseURL }) => {
  // A second browser without --enable-unsafe-webgpu: navigator.gpu grants no adapter there.
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await openHarness(page);
    expect(await startHost(page, 'auto', 'auto')).toMatchObject({ kind: 'wasm' });
    expect(await loadDemo(page, 'auto')).toBeNull();
    expect(maxAbsDiff(await runReference(page, 'auto'), reference.output.data)).toBeLessThan(1e-4);
    const forced = await startHost(page, 'gpu', 'webgpu').then(() => 'started', (err: Error) => err.message);
    expect(forced).toContain('WebGPU was requested');
  } finally {
    await browser.close();
  }
});

test('a bad manifest is refused naming the field, and an unknown ?suite= falls back with a warning', async ({ page, context }) => {
  await context.route('**/models/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    manifest.suites[0].models[0].files[0].sha256 = 'not-a-hash';
    await route.fulfill({ response, json: manifest });
  });
  await openHarness(page);
  const refused = await page.evaluate(() => (window as unknown as Win).runtime.ModelHost.create().then(() => 'created', (e: Error) => e.message));
  expect(refused).toContain('suites[0].models[0].files[0].sha256: "not-a-hash" is not 64 lowercase hex characters');

  await context.unroute('**/models/manifest.json');
  await page.goto('/test/e2e/pages/runtime-harness.html?suite=nope');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const host = await page.evaluate(async () => {
    const h = await (window as unknown as Win).runtime.ModelHost.create({ backend: 'wasm' });
    return { suite: h.suite, warnings: [...h.warnings], models: h.models().map((m) => [m.model.id, m.bytes]) };
  });
  const manifest = JSON.parse(readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8')) as Manifest;
  const fallback = manifest.suites.find((s) => s.id === manifest.defaultSuite)!;
  expect(host.suite).toBe(manifest.defaultSuite);
  expect(host.warnings[0]).toContain('Unknown model suite "nope"');
  expect(host.models.map(([id]) => id)).toEqual(fallback.models.map((m) => m.id));
});
