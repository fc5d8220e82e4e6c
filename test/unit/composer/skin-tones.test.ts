// The browser-safe tone table equals what the installed OpenMoji says, for every single-person sprite.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hasSkinTones, withSkinTone } from '../../../src/features/composer/shared/scene/tones';
import { OBJECTS } from '../../../src/features/composer/shared/catalog/objects';

interface Entry { hexcode: string; skintone: string | number; skintone_base_hexcode: string }
const entries = createRequire(import.meta.url)('openmoji/data/openmoji.json') as Entry[];

describe('skin tones', () => {
  it('gives exactly the OpenMoji variant of every toned base that is one person', () => {
    let checked = 0;
    for (const e of entries) {
      const tone = Number(e.skintone);
      if (!e.skintone_base_hexcode || !(tone >= 1 && tone <= 5)) continue;
      // Couples and groups carry one modifier per person; the composer draws none of them.
      if (e.skintone_base_hexcode.includes('1F91D') || e.skintone_base_hexcode.includes('2764')) continue;
      const toned = withSkinTone(e.skintone_base_hexcode, tone);
      if (hasSkinTones(e.skintone_base_hexcode)) {
        expect(toned, e.skintone_base_hexcode).toBe(e.hexcode);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('tones every person kind of the catalogue that has variants, and leaves the rest', () => {
    const bases = new Set(entries.map((e) => e.skintone_base_hexcode).filter(Boolean));
    for (const kind of OBJECTS.filter((k) => k.skinTones)) {
      expect(hasSkinTones(kind.hexcode), kind.id).toBe(bases.has(kind.hexcode));
    }
    expect(withSkinTone('1F415', 3)).toBe('1F415');
    expect(withSkinTone('1F9CD-200D-2642-FE0F', 0)).toBe('1F9CD-200D-2642-FE0F');
    expect(withSkinTone('1F9CD-200D-2642-FE0F', 2)).toBe('1F9CD-1F3FC-200D-2642-FE0F');
  });
});
