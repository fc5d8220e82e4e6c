// Picks the compute backend once per worker (rule: core/backend-rule): WebGPU on a hardware adapter or when forced, else WASM.
import * as ort from 'onnxruntime-web';
import jsepWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import jsepMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.mjs?url';
import cpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import cpuMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import type { BackendInfo } from '../../core/progress';
import type { BackendPreference } from '../../core/model-ref';
import type { DeviceLoss } from '../../core/device-loss';
import { adapterName, decideBackend, type AdapterFacts } from '../../core/backend-rule';
import { t } from '../../core/i18n';

// The lib.dom/webworker typings of TypeScript 5.9 lack WebGPU; only what we read is declared (AdapterFacts).
type GpuAdapterLike = AdapterFacts;
interface GpuDeviceLike {
  lost: Promise<{ reason?: string; message?: string }>;
}
interface GpuLike {
  requestAdapter(opts?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

export const MAX_WASM_THREADS = 4;

/**
 * ORT's two WASM binaries: 'jsep' carries the WebGPU EP and is Asyncify-instrumented (28 MB); 'cpu' is the plain
 * SIMD-threaded build (14 MB). A WASM worker takes 'cpu': the instrumented code runs ~3–5× slower in V8's baseline
 * tier, and its first several UNet calls are that slow until V8 has optimised it (public/models/toon-mini/README.md,
 * "Speed"); on 'cpu' the first call is already as fast as the hundredth.
 */
export type WasmBinary = 'jsep' | 'cpu';
export const BINARY_URLS: Readonly<Record<WasmBinary, { wasm: string; mjs: string }>> = {
  jsep: { wasm: jsepWasmUrl, mjs: jsepMjsUrl },
  cpu: { wasm: cpuWasmUrl, mjs: cpuMjsUrl },
};

/** The binary this worker's ORT loads (it loads once, with the first session). */
let configured: WasmBinary | undefined;

/** Serves ORT's .wasm and its Emscripten glue from Vite-emitted URLs instead of guessing from import.meta.url. */
function configureWasm(binary: WasmBinary): { threads: number; isolated: boolean } {
  const isolated = globalThis.crossOriginIsolated === true;
  const threads = isolated ? Math.max(1, Math.min(MAX_WASM_THREADS, navigator.hardwareConcurrency || 1)) : 1;
  if (configured && configured !== binary) {
    // Unreachable while the backend is chosen once per worker (WorkerRuntime.init); loud if that ever changes.
    throw new Error(`ORT in this worker is already set up with its ${configured} binary, not ${binary}`);
  }
  if (!configured) {
    const urls = BINARY_URLS[binary];
    ort.env.wasm.wasmPaths = { wasm: new URL(urls.wasm, location.href).href, mjs: new URL(urls.mjs, location.href).href };
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.simd = true;
    // Already inside a worker: a proxy worker would only add a hop.
    ort.env.wasm.proxy = false;
    configured = binary;
  }
  return { threads: ort.env.wasm.numThreads ?? threads, isolated };
}

async function requestAdapter(): Promise<GpuAdapterLike | null> {
  const gpu = (navigator as unknown as { gpu?: GpuLike }).gpu;
  if (!gpu) return null;
  try {
    return await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    return null;
  }
}

/** Chooses and configures the backend (rule: decideBackend). 'webgpu' fails clearly where no adapter is granted. */
export async function chooseBackend(preference: BackendPreference): Promise<BackendInfo> {
  const adapter = preference === 'wasm' ? null : await requestAdapter();
  const decision = decideBackend(preference, adapter);
  if (decision.kind === 'webgpu' && adapter) {
    configureWasm('jsep');
    // Hand ORT the adapter we report, so the badge names the device that really runs the model.
    (ort.env.webgpu as { adapter?: unknown }).adapter = adapter;
    return { kind: 'webgpu', adapter: adapterName(adapter) || 'unknown adapter', isFallbackAdapter: decision.software, chosen: preference === 'webgpu' };
  }
  if (preference === 'webgpu') throw new Error(t('fetch.noAdapter'));
  const wasm = configureWasm('cpu');
  const reason = decision.kind === 'wasm' ? decision.reason : 'no-webgpu';
  const passedOver = reason === 'software-adapter' && adapter ? { softwareAdapter: adapterName(adapter) } : {};
  return { kind: 'wasm', threads: wasm.threads, simd: true, crossOriginIsolated: wasm.isolated, reason, ...passedOver };
}

export function executionProviders(backend: BackendInfo): string[] {
  return backend.kind === 'webgpu' ? ['webgpu'] : ['wasm'];
}

let watchedDevice: GpuDeviceLike | undefined;

/**
 * Calls onLost once when the GPUDevice that ORT made for this worker is lost. Call it after a WebGPU session exists:
 * ORT sets env.webgpu.device then (only the data property is read; ORT's getter would create a device of its own).
 * Returns whether a device is watched.
 */
export function watchGpuDevice(onLost: (loss: DeviceLoss) => void): boolean {
  const device = Object.getOwnPropertyDescriptor(ort.env.webgpu, 'device')?.value as GpuDeviceLike | undefined;
  if (!device || typeof device !== 'object' || !(device.lost instanceof Promise)) return false;
  if (device === watchedDevice) return true;
  watchedDevice = device;
  void device.lost.then((info) => {
    // 'destroyed' is ORT (or our dispose) ending its own device on purpose; only a loss the browser caused is news.
    if (info.reason === 'destroyed') return;
    onLost({ reason: info.reason || 'unknown', message: info.message ?? '' });
  });
  return true;
}
