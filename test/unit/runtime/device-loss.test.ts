// A lost GPU device on the main thread's side: the bridge fails its calls with a named error, the host's
// bookkeeping forgets what the worker had loaded. The worker end is a real Comlink endpoint on a MessageChannel.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { deviceLossMessage, GpuDeviceLostError, gpuResetMessage, readDeviceLossMessage } from '../../../src/core/device-loss';
import { modelsAfterLoss } from '../../../src/runtime/client/device-loss-bookkeeping';
import { LOSS_GRACE_MS, WorkerBridge, type WorkerApiBase, type WorkerLike } from '../../../src/runtime/client/worker-bridge';
import type { Manifest } from '../../../src/core/manifest';
import type { BackendInfo, ModelState } from '../../../src/core/progress';
import { setLocale } from '../../../src/core/i18n';

const CRASH = { reason: 'unknown', message: 'A valid external Instance reference no longer exists.' };
const WEBGPU: BackendInfo = { kind: 'webgpu', adapter: 'test adapter', isFallbackAdapter: true };
const WASM: BackendInfo = { kind: 'wasm', threads: 1, simd: true, crossOriginIsolated: false };

interface TestApi extends WorkerApiBase {
  hang(): Promise<string>;
  fail(message: string): Promise<string>;
  echo(value: string): Promise<string>;
}

/** A worker stand-in: the API behind Comlink on one port, the bridge on the other; records what the bridge asks. */
function startWorker(backend: BackendInfo) {
  const { port1, port2 } = new MessageChannel();
  const seen = { cancels: [] as number[], disposes: 0, terminates: 0, locales: [] as string[] };
  const api: TestApi = {
    init: async (_preference, locale) => {
      if (locale) seen.locales.push(locale);
      return backend;
    },
    setLocale: (locale) => void seen.locales.push(locale),
    load: async () => undefined,
    cancel: (jobId) => void seen.cancels.push(jobId),
    dispose: async () => void seen.disposes++,
    hang: () => new Promise<string>(() => undefined),
    fail: async (message) => {
      throw new Error(message);
    },
    echo: async (value) => value,
  };
  Comlink.expose(api, port2 as unknown as Comlink.Endpoint);
  const endpoint = Object.assign(port1 as unknown as Comlink.Endpoint, {
    terminate: () => {
      seen.terminates++;
      port1.close();
    },
  }) as WorkerLike;
  const bridge = new WorkerBridge<TestApi>(endpoint);
  open.push(port1, port2);
  /** What the worker runtime posts when the browser takes its device away. */
  const loseDevice = (loss = CRASH) => port2.postMessage(deviceLossMessage(loss));
  return { bridge, seen, loseDevice };
}

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

const settle = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('WorkerBridge and the UI language', () => {
  it('hands the worker the language at init and every switch after, until it ends', async () => {
    const { bridge, seen } = startWorker(WASM);
    await bridge.init('auto');
    setLocale('ko');
    await bridge.call(undefined, (r) => r.echo('after the switch'));
    bridge.terminate();
    setLocale('en');
    expect(seen.locales).toEqual(['en', 'ko']);
  });
});

describe('WorkerBridge after a GPU device loss', () => {
  it('fails the running and the queued call with the named error, and every later call at once', async () => {
    const { bridge, seen, loseDevice } = startWorker(WEBGPU);
    await bridge.init('auto');
    expect(await bridge.call(undefined, (r) => r.echo('before'))).toBe('before');
    const losses: unknown[] = [];
    bridge.onDeviceLost((loss) => losses.push(loss));

    const running = settle(bridge.call(undefined, (r) => r.hang()));
    const queued = settle(bridge.call(undefined, (r) => r.echo('queued')));
    loseDevice();
    loseDevice(); // every device of the worker may report; the bridge tells its listeners once

    const [r1, r2] = await Promise.all([running, queued]);
    for (const r of [r1, r2]) {
      expect(r).toHaveProperty('error');
      const error = (r as { error: GpuDeviceLostError }).error;
      expect(error).toBeInstanceOf(GpuDeviceLostError);
      expect(error.name).toBe('GpuDeviceLostError');
      expect(error.message).toBe('The GPU was reset (unknown: A valid external Instance reference no longer exists.).');
    }
    expect(losses).toEqual([CRASH]);
    expect(bridge.lost?.loss).toEqual(CRASH);
    await expect(bridge.call(undefined, (r) => r.echo('after'))).rejects.toBeInstanceOf(GpuDeviceLostError);
    await expect(bridge.init('auto')).rejects.toBeInstanceOf(GpuDeviceLostError);

    // Nothing is asked of a worker whose GPU is gone: dispose only ends it, and only once.
    await bridge.dispose();
    bridge.terminate();
    expect(seen.disposes).toBe(0);
    expect(seen.terminates).toBe(1);
  });

  it('names the loss when a WebGPU call fails just before the browser reports it', async () => {
    const { bridge, loseDevice } = startWorker(WEBGPU);
    await bridge.init('auto');
    const failed = settle(bridge.call(undefined, (r) => r.fail('mapAsync: device is lost')));
    await new Promise((r) => setTimeout(r, 50));
    loseDevice();
    const { error } = (await failed) as { error: GpuDeviceLostError };
    expect(error).toBeInstanceOf(GpuDeviceLostError);
    expect((error.cause as Error).message).toContain('mapAsync: device is lost');
  });

  it('passes an ordinary error on unchanged: at once on WASM, after the grace on WebGPU', async () => {
    const wasm = startWorker(WASM);
    await wasm.bridge.init('auto');
    let t0 = performance.now();
    await expect(wasm.bridge.call(undefined, (r) => r.fail('bad input'))).rejects.toThrow(/^bad input$/);
    expect(performance.now() - t0).toBeLessThan(LOSS_GRACE_MS / 2);

    const gpu = startWorker(WEBGPU);
    await gpu.bridge.init('auto');
    t0 = performance.now();
    const outcome = await settle(gpu.bridge.call(undefined, (r) => r.fail('bad input')));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(LOSS_GRACE_MS - 20);
    expect((outcome as { error: Error }).error).not.toBeInstanceOf(GpuDeviceLostError);
    expect(gpu.bridge.lost).toBeUndefined();
    expect(await gpu.bridge.call(undefined, (r) => r.echo('still alive'))).toBe('still alive');
  });

  it('ignores the messages Comlink itself sends', () => {
    expect(readDeviceLossMessage({ id: 'abc', type: 'RAW', value: 1 })).toBeNull();
    expect(readDeviceLossMessage(null)).toBeNull();
    expect(readDeviceLossMessage('toonsmithGpuDeviceLost')).toBeNull();
    expect(readDeviceLossMessage(deviceLossMessage(CRASH))).toEqual(CRASH);
  });
});

describe('the host after a GPU device loss', () => {
  const manifest = JSON.parse(readFileSync('public/models/manifest.json', 'utf8')) as Manifest;
  const models = manifest.suites.find((s) => s.id === 'toon-mini')!.models;
  const states: Record<string, ModelState> = {
    tokenizer: { state: 'ready', backend: WEBGPU },
    text_encoder: { state: 'downloading', percent: 40 },
    vision_encoder: { state: 'ready', backend: WEBGPU },
    depth_estimator: { state: 'failed', reason: 'sha256 mismatch' },
    gan_generator: { state: 'ready', backend: WEBGPU },
  };
  const state = (id: string): ModelState => states[id] ?? { state: 'not-loaded' };

  it('forgets what the lost worker had loaded or was loading, and nothing of the other workers', () => {
    expect(modelsAfterLoss(models, state, 'text')).toEqual(['tokenizer', 'text_encoder']);
    // depth runs in the image worker; its failure keeps its reason for the Retry button.
    expect(modelsAfterLoss(models, state, 'image')).toEqual(['vision_encoder']);
    expect(modelsAfterLoss(models, state, 'gan')).toEqual(['gan_generator']);
    expect(modelsAfterLoss(models, state, 'diffuse')).toEqual([]);
  });

  it('tells the author what happened in the browser\'s words, and that nothing is lost', () => {
    expect(gpuResetMessage(CRASH)).toBe(
      'The GPU was reset (unknown: A valid external Instance reference no longer exists.); models will reload on the next Generate. Your draft, strip and references are kept.',
    );
    expect(gpuResetMessage({ reason: 'unknown', message: '  ' })).toMatch(/^The GPU was reset \(unknown\);/);
  });
});
