// The words on the header's backend badge and its tooltip.
import type { BackendInfo } from '../core/progress';
import { t } from '../core/i18n';

export function badgeLabel(info: BackendInfo): string {
  if (info.kind === 'webgpu') return `WebGPU · ${info.adapter || t('badge.unnamedAdapter')}`;
  return t('badge.wasm', { threads: info.threads });
}

export function badgeTooltip(info: BackendInfo): string {
  if (info.kind === 'webgpu') {
    return info.isFallbackAdapter ? t('badge.fallback') : t('badge.hardware');
  }
  const simd = info.simd ? t('badge.yes') : t('badge.no');
  const isolation = info.crossOriginIsolated ? t('badge.isolated') : t('badge.notIsolated');
  return t('badge.wasmTip', { simd, isolation });
}
