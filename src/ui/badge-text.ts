// The words on the header's backend badge and its tooltip.
import type { BackendInfo } from '../core/progress';

export function badgeLabel(info: BackendInfo): string {
  if (info.kind === 'webgpu') return `WebGPU · ${info.adapter || 'unnamed adapter'}`;
  return `WASM · ${info.threads} ${info.threads === 1 ? 'thread' : 'threads'}`;
}

export function badgeTooltip(info: BackendInfo): string {
  if (info.kind === 'webgpu') {
    return info.isFallbackAdapter
      ? 'Fallback adapter: the browser runs WebGPU in software (e.g. SwiftShader), so models run slowly.'
      : 'Hardware WebGPU adapter.';
  }
  const simd = `SIMD: ${info.simd ? 'yes' : 'no'}`;
  const isolation = info.crossOriginIsolated
    ? 'cross-origin isolated: yes (threads available)'
    : 'cross-origin isolated: no (single thread; serve with COOP/COEP headers for threads)';
  return `WebGPU is not available in this browser. ${simd}; ${isolation}.`;
}
