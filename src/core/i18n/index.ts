// Korean and English texts of the studio: the catalogue, the current language and the formatter.
export { formatMessage, isLocale, paramNames, pickLocale, type Locale, type Params } from './format';
export { catalogue, type TextKey } from './catalogue';
export { getLocale, onLocaleChange, setLocale, t, tIn } from './locale';
