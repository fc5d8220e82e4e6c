// Skin-tone variants of OpenMoji people (not every sprite has them): the tone modifier goes after the sprite's first
// code point, for the sprites listed in skin-tone-bases.ts. No file is read, so the browser's composer uses it too.
import { SKIN_TONE_BASES } from './skin-tone-bases.js';

/** Fitzpatrick modifiers for tones 1 (light) … 5 (dark). */
const MODIFIERS = ['1F3FB', '1F3FC', '1F3FD', '1F3FE', '1F3FF'] as const;
const BASES: ReadonlySet<string> = new Set(SKIN_TONE_BASES);

/** The hexcode of `base` with skin tone 1..5, or `base` itself for tone 0 or when no variant exists. */
export function withSkinTone(base: string, tone: number): string {
  if (tone === 0 || !BASES.has(base)) return base;
  const modifier = MODIFIERS[tone - 1];
  if (!modifier) return base;
  const [first, ...rest] = base.split('-');
  return [first, modifier, ...rest].join('-');
}

export function hasSkinTones(base: string): boolean {
  return BASES.has(base);
}
