// Skin-tone variants of OpenMoji people (not every sprite has them), from the generated table.
import { SKIN_TONE_VARIANTS } from './skin-tone-table.js';

/** The hexcode of `base` with skin tone 1..5, or `base` itself for tone 0 or when no variant exists. */
export function withSkinTone(base: string, tone: number): string {
  if (tone === 0) return base;
  return SKIN_TONE_VARIANTS[base]?.[tone - 1] || base;
}
