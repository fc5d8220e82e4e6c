// The cast's accent recolours clothes (the shirt of a bust, the body of a whole figure) and nothing else.
import { describe, expect, it } from 'vitest';
import { accentSvg, clothingShapes } from '../../../src/features/composer/shared/render/sprite-accent';
import { sprite, svgText } from '../../../tools/dataset/render/sprites';

const ACCENT = '#d9486b';
const rgbAt = (s: ReturnType<typeof sprite>, i: number) => [s.rgba[i], s.rgba[i + 1], s.rgba[i + 2], s.rgba[i + 3]];
/** Premultiplied pixel of an opaque flat colour. */
const flat = (hex: string) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), 255];

function countColour(s: ReturnType<typeof sprite>, hex: string): number {
  const want = flat(hex).join();
  let n = 0;
  for (let i = 0; i < s.rgba.length; i += 4) if (rgbAt(s, i).join() === want) n++;
  return n;
}

describe('accentSvg', () => {
  it('turns a bust shirt to the accent and keeps face and hair', () => {
    for (const hex of ['1F468', '1F469', '1F466', '1F467', '1F9D1', '1F468-1F3FD', '1F469-1F3FF']) {
      const svg = svgText(hex);
      const out = accentSvg(svg, ACCENT);
      expect(out, hex).not.toContain('#92D3F5');
      expect(out).toContain(ACCENT);
      // Only clothing fills changed: the texts differ only where the shirt colour was.
      expect(out.replaceAll(ACCENT, '#92D3F5')).toBe(svg);
    }
  });

  it('turns a whole figure body to the accent and keeps the head in the skin tone', () => {
    for (const hex of ['1F9CD', '1F6B6-1F3FB', '1F3C3-200D-2640-FE0F', '1F6B4-1F3FE']) {
      const shapes = clothingShapes(svgText(hex));
      expect(shapes.length, hex).toBeGreaterThan(0);
      expect(shapes.every((s) => s.tag !== 'circle' && s.group === 'skin')).toBe(true);
    }
  });

  it('leaves sprites without a person alone and refuses a colour that is not #rrggbb', () => {
    for (const hex of ['1F415', '1F697', '26BD']) expect(accentSvg(svgText(hex), ACCENT)).toBe(svgText(hex));
    expect(() => accentSvg(svgText('1F468'), 'red')).toThrow(/#rrggbb/);
  });

  it('changes the clothes pixels, not the skin, in the rasterised sprite', () => {
    for (const [hex, skin] of [['1F468', '#fcea2b'], ['1F9CD-1F3FD', '#c19a65']] as const) {
      const plain = sprite(hex, 144), dressed = sprite(hex, 144, ACCENT);
      expect(countColour(dressed, ACCENT), hex).toBeGreaterThan(500);
      expect(countColour(plain, ACCENT)).toBe(0);
      // Every pixel of the plain sprite in the skin colour stays exactly so (the face or head).
      const want = flat(skin).join();
      let kept = 0;
      for (let i = 0; i < plain.rgba.length; i += 4) {
        if (rgbAt(plain, i).join() === want) {
          kept++;
          if (hex === '1F468') expect(rgbAt(dressed, i)).toEqual(rgbAt(plain, i));
        }
      }
      expect(kept).toBeGreaterThan(100);
      // The whole figure keeps a skin-coloured head.
      // The whole figure keeps a skin-coloured head (a small circle) while its body changes.
      if (hex !== '1F468') {
        expect(countColour(dressed, skin)).toBeGreaterThan(20);
        expect(countColour(dressed, skin)).toBeLessThan(countColour(plain, skin) / 3);
      }
      expect(dressed.width).toBe(plain.width);
    }
  });
});
