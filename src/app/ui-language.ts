// The UI language: the author's choice if one was made, else the browser's languages; mirrored on <html lang>.
import { getLocale, isLocale, onLocaleChange, pickLocale, setLocale, type Locale } from '../core/i18n';

// localStorage, not the IndexedDB settings: it answers synchronously, so the first paint is already in the right language.
const KEY = 'toonsmith.uiLanguage';

function savedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Runs once, before <toon-studio> renders. */
export function startUiLanguage(): void {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  setLocale(savedLocale() ?? pickLocale(browser));
  document.documentElement.lang = getLocale();
  onLocaleChange((locale) => (document.documentElement.lang = locale));
}

/** The header switch: remembered for the next visit; storage refusing it only costs the memory. */
export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode or storage disabled: the switch still applies to this visit.
  }
  setLocale(locale);
}
