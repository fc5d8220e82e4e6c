// The words on the header's backend badge and its tooltip: what runs the models, and why.
import type { BackendInfo } from '../core/progress';
import { t } from '../core/i18n';

export function badgeLabel(info: BackendInfo): string {
  if (info.kind === 'webgpu') return `WebGPU · ${info.adapter || t('badge.unnamedAdapter')}`;
  return t('badge.wasm', { threads: info.threads });
}

export function badgeTooltip(info: BackendInfo): string {
  if (info.kind === 'webgpu') {
    if (!info.isFallbackAdapter) return t('badge.hardware');
    return info.chosen ? t('badge.fallbackChosen') : t('badge.fallback');
  }
  const simd = info.simd ? t('badge.yes') : t('badge.no');
  const isolation = info.crossOriginIsolated ? t('badge.isolated') : t('badge.notIsolated');
  if (info.reason === 'chosen') return t('badge.wasmChosenTip', { simd, isolation });
  if (info.reason === 'software-adapter') {
    return t('badge.wasmSoftwareTip', { adapter: info.softwareAdapter || t('badge.softwareAdapter'), simd, isolation });
  }
  return t('badge.wasmTip', { simd, isolation });
}
