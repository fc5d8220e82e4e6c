// Whether a WebGPU adapter is worth using: software renderers run models far slower than WASM (issue 14: >300 s vs 25.6 s).
import type { BackendPreference } from './model-ref';

/** What a worker reads off a GPUAdapter (adapter.info, or the older adapter-level flag). */
export interface AdapterFacts {
  info?: { vendor?: string; architecture?: string; description?: string; device?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}

// Names browsers give CPU rasterisers: Chromium's SwiftShader, Mesa's llvmpipe/softpipe/lavapipe, Microsoft WARP.
const SOFTWARE_NAMES = /swiftshader|llvmpipe|softpipe|lavapipe|microsoft basic render|\bwarp\b/i;

/** The adapter's own words, for the badge: "google swiftshader". */
export function adapterName(adapter: AdapterFacts): string {
  const i = adapter.info ?? {};
  const parts = [i.vendor, i.architecture, i.description || i.device].filter((p): p is string => !!p && p.length > 0);
  return parts.join(' ');
}

/** True for a fallback or software adapter: the studio treats it as "no GPU" unless WebGPU is forced. */
export function isSoftwareAdapter(adapter: AdapterFacts): boolean {
  if (adapter.info?.isFallbackAdapter || adapter.isFallbackAdapter) return true;
  return SOFTWARE_NAMES.test(adapterName(adapter));
}

export type BackendDecision =
  | { kind: 'webgpu'; software: boolean }
  | { kind: 'wasm'; reason: 'no-webgpu' | 'software-adapter' | 'chosen' };

/** The whole choice: 'wasm' always WASM, 'webgpu' any adapter (tests need SwiftShader), 'auto' only a hardware one. */
export function decideBackend(preference: BackendPreference, adapter: AdapterFacts | null): BackendDecision {
  if (preference === 'wasm') return { kind: 'wasm', reason: 'chosen' };
  if (!adapter) return { kind: 'wasm', reason: 'no-webgpu' };
  const software = isSoftwareAdapter(adapter);
  if (software && preference === 'auto') return { kind: 'wasm', reason: 'software-adapter' };
  return { kind: 'webgpu', software };
}
