// The UI language and the one way to read a text: t('key', { params }). DOM-free: the app applies it to the page.
import { formatMessage, type Locale, type Params } from './format';
import { catalogue, type TextKey } from './catalogue';

let current: Locale = 'en';
const listeners = new Set<(locale: Locale) => void>();

export function getLocale(): Locale {
  return current;
}

/** Switches every later t() call and tells the listeners (elements re-render, the app saves the choice). */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener(locale);
}

/** Returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function t(key: TextKey, params: Params = {}): string {
  return formatMessage(catalogue[current][key], params, current);
}

/** A text for a given language, whatever the UI shows (e.g. a prompt in the line's language). */
export function tIn(locale: Locale, key: TextKey, params: Params = {}): string {
  return formatMessage(catalogue[locale][key], params, locale);
}
