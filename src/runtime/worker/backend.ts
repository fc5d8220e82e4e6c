// Picks the compute backend once per worker (rule: core/backend-rule): WebGPU on a hardware adapter or when forced, else WASM.
import * as ort from 'onnxruntime-web';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import mjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.mjs?url';
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

let configured = false;

/** Serves ORT's .wasm and its Emscripten glue from Vite-emitted URLs instead of guessing from import.meta.url. */
function configureWasm(): { threads: number; isolated: boolean } {
  const isolated = globalThis.crossOriginIsolated === true;
  const threads = isolated ? Math.max(1, Math.min(MAX_WASM_THREADS, navigator.hardwareConcurrency || 1)) : 1;
  if (!configured) {
    ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, location.href).href, mjs: new URL(mjsUrl, location.href).href };
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.simd = true;
    // Already inside a worker: a proxy worker would only add a hop.
    ort.env.wasm.proxy = false;
    configured = true;
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
  const wasm = configureWasm();
  const adapter = preference === 'wasm' ? null : await requestAdapter();
  const decision = decideBackend(preference, adapter);
  if (decision.kind === 'webgpu' && adapter) {
    // Hand ORT the adapter we report, so the badge names the device that really runs the model.
    (ort.env.webgpu as { adapter?: unknown }).adapter = adapter;
    return { kind: 'webgpu', adapter: adapterName(adapter) || 'unknown adapter', isFallbackAdapter: decision.software, chosen: preference === 'webgpu' };
  }
  if (preference === 'webgpu') throw new Error(t('fetch.noAdapter'));
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
