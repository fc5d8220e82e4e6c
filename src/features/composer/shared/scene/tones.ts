// Skin-tone variants of OpenMoji people, looked up in openmoji.json (not every sprite has them).
import { createRequire } from 'node:module';

interface OpenMojiEntry { hexcode: string; skintone: string | number; skintone_base_hexcode: string }

let variants: Map<string, string[]> | undefined;

function loadVariants(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const entries = require('openmoji/data/openmoji.json') as OpenMojiEntry[];
  const map = new Map<string, string[]>();
  for (const e of entries) {
    const tone = Number(e.skintone); // mixed-tone pairs ("1,2") give NaN and are skipped
    if (!e.skintone_base_hexcode || !(tone >= 1 && tone <= 5)) continue;
    const list = map.get(e.skintone_base_hexcode) ?? ['', '', '', '', ''];
    if (!list[tone - 1]) list[tone - 1] = e.hexcode;
    map.set(e.skintone_base_hexcode, list);
  }
  return map;
}

/** The hexcode of `base` with skin tone 1..5, or `base` itself for tone 0 or when no variant exists. */
export function withSkinTone(base: string, tone: number): string {
  if (tone === 0) return base;
  variants ??= loadVariants();
  return variants.get(base)?.[tone - 1] || base;
}

export function hasSkinTones(base: string): boolean {
  variants ??= loadVariants();
  return variants.has(base);
}
