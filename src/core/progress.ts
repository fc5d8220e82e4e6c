// One event shape for every long-running job, so the UI renders any worker's progress the same way.
export type ProgressEvent =
  | { status: 'initiate'; model: string; file: string; bytes: number }
  | { status: 'download'; model: string; file: string }
  | { status: 'progress'; model: string; file: string; loaded: number; total: number; progress: number }
  | { status: 'done'; model: string; file: string; fromCache: boolean }
  | { status: 'ready'; model: string; backend: BackendInfo }
  | { status: 'error'; model: string; file?: string; message: string }
  | { status: 'warning'; model: string; message: string }
  | { status: 'step'; stage: string; step: number; total: number };

export type ProgressCallback = (event: ProgressEvent) => void;

/** Which compute backend a worker's ORT sessions run on, shown in the header badge. */
export type BackendInfo =
  | { kind: 'webgpu'; adapter: string; isFallbackAdapter: boolean; chosen?: boolean }
  | {
      kind: 'wasm';
      threads: number;
      simd: boolean;
      crossOriginIsolated: boolean;
      /** Why not WebGPU (absent in older messages: read as 'no-webgpu'); softwareAdapter names the adapter passed over. */
      reason?: WasmReason;
      softwareAdapter?: string;
    };

/** 'chosen': the author set WASM; 'software-adapter': only a software WebGPU adapter; 'no-webgpu': no adapter at all. */
export type WasmReason = 'no-webgpu' | 'software-adapter' | 'chosen';

/** UI state of one model in the models panel. */
export type ModelState =
  | { state: 'not-loaded' }
  | { state: 'downloading'; percent: number }
  | { state: 'ready'; backend: BackendInfo }
  | { state: 'failed'; reason: string };
