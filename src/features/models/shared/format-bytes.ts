// Download sizes the way browsers show them (SI units: 1 MB = 1,000,000 bytes).
import { t } from '../../../core/i18n';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return t('models.sizeUnknown');
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  // Round first so 999.96 kB becomes "1.0 MB", not "1000.0 kB".
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  if (rounded >= 1000 && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`;
  return `${value < 10 ? rounded.toFixed(1) : rounded} ${UNITS[unit]}`;
}
