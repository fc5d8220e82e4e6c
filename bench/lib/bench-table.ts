// Plain-text table of timing rows (median, min, max over the samples) for the bench scripts.
import type { BackendInfo } from '../../src/core/progress';
import { median } from './top-k-timing';

export interface Row { section: string; name: string; ms: number[]; note: string }

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export function printRows(rows: Row[], title: string): void {
  console.log(`\n${title}`);
  console.log(`${'what'.padEnd(72)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)} ${'n'.padStart(3)}`);
  for (const r of rows) {
    const line = `${r.name.padEnd(72)} ${fmt(median(r.ms)).padStart(9)} ${fmt(Math.min(...r.ms)).padStart(9)} ${fmt(Math.max(...r.ms)).padStart(9)} ${String(r.ms.length).padStart(3)}`;
    console.log(r.note ? `${line}  (${r.note})` : line);
  }
}

export function backendLabel(info: BackendInfo): string {
  return info.kind === 'wasm'
    ? `wasm, ${info.threads} threads, SIMD ${info.simd}, cross-origin isolated ${info.crossOriginIsolated}`
    : `webgpu, adapter ${info.adapter}${info.isFallbackAdapter ? ' (fallback adapter)' : ''}`;
}
