// The lettering faces in the browser, bundled with the app (SIL Open Font License 1.1): @fontsource's CSS declares
// each face split by unicode-range into ~100 small woff2 files, so the browser fetches only the chunks holding the
// glyphs in use, and `font-display: swap` shows text at once in a fallback. main.ts imports this module lazily,
// after the first render, so not even these declarations hold up the first paint.
import '@fontsource/nanum-gothic/400.css';
import '@fontsource/nanum-gothic/800.css';
import '@fontsource/nanum-myeongjo/400.css';
import '@fontsource/black-han-sans/400.css';
import type { Balloon, LetteringFonts } from '../shared/lettering-contract';
import { LETTERING_FONTS, fontFor, fontSizeOf } from '../shared/lettering-fonts';
import { clampBalloonText } from '../shared/text-layout';

/**
 * Loads the faces these balloons use — only the unicode-range chunks their text needs — so a canvas draws them
 * rather than a fallback (a canvas does not wait for fonts the way HTML text swaps in). True when every face is
 * ready; false without `document.fonts` (a worker) or when a chunk could not be loaded (offline, never fetched).
 */
export async function lettersReady(
  balloons: readonly Pick<Balloon, 'kind' | 'text' | 'fontSize'>[],
  fonts: LetteringFonts = LETTERING_FONTS,
): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return false;
  const byFont = new Map<string, string>();
  for (const b of balloons) {
    const font = fontFor(b.kind, fontSizeOf(b.kind, b.fontSize), fonts);
    byFont.set(font, (byFont.get(font) ?? '') + clampBalloonText(b.text).text);
  }
  try {
    await Promise.all([...byFont].map(([font, text]) => document.fonts.load(font, text || ' ')));
  } catch {
    return false;
  }
  return [...byFont].every(([font, text]) => document.fonts.check(font, text || ' '));
}
