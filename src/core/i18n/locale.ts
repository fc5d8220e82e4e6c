// The UI language and the one way to read a text: t('key', { params }). DOM-free: the app applies it to the page.
import { Listeners } from '../listeners';
import { formatMessage, type Locale, type Params } from './format';
import { catalogue, type TextKey } from './catalogue';

let current: Locale = 'en';
const listeners = new Listeners<[Locale]>();

export function getLocale(): Locale {
  return current;
}

/** Switches every later t() call and tells the listeners (elements re-render, the app saves the choice). */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  listeners.emit(locale);
}

/** Returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  return listeners.add(listener);
}

export function t(key: TextKey, params: Params = {}): string {
  return formatMessage(catalogue[current][key], params, current);
}

/** A text for a given language, whatever the UI shows (e.g. a prompt in the line's language). */
export function tIn(locale: Locale, key: TextKey, params: Params = {}): string {
  return formatMessage(catalogue[locale][key], params, locale);
}
