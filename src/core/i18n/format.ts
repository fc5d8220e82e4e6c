// Message templates: `{name}` inserts a parameter, `{count, plural, one {# panel} other {# panels}}` picks a plural form.
// A tiny ICU subset, so a translator can read and write it without a library.

export type Locale = 'en' | 'ko';
export type Params = Readonly<Record<string, string | number>>;

/** Korean when a `ko*` language comes before any `en*` one in the browser's list; English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lang = tag.toLowerCase();
    if (lang === 'ko' || lang.startsWith('ko-')) return 'ko';
    if (lang === 'en' || lang.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ko';
}

/** The `{…}` parts of a template at top level, with where they start and end. */
function placeholders(template: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '{') {
      if (depth++ === 0) start = i;
    } else if (template[i] === '}' && depth > 0 && --depth === 0) {
      out.push({ start, end: i + 1, inner: template.slice(start + 1, i) });
    }
  }
  return out;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/;

/** Branches of a plural: `one {…} other {…}` → { one: '…', other: '…' }. */
function branches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  for (const part of placeholders(body)) {
    out.set(body.slice(at, part.start).trim(), part.inner);
    at = part.end;
  }
  return out;
}

/** Every parameter a template reads, plural branches included, sorted. */
export function paramNames(template: string): string[] {
  const names = new Set<string>();
  for (const { inner } of placeholders(template)) {
    const plural = PLURAL.exec(inner);
    if (plural) {
      names.add(plural[1]);
      for (const body of branches(plural[2]).values()) for (const n of paramNames(body)) names.add(n);
    } else {
      names.add(inner.trim());
    }
  }
  return [...names].sort();
}

function show(value: string | number | undefined, locale: Locale): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US').format(value) : value;
}

export function formatMessage(template: string, params: Params, locale: Locale): string {
  let out = '';
  let at = 0;
  for (const { start, end, inner } of placeholders(template)) {
    out += template.slice(at, start);
    at = end;
    const plural = PLURAL.exec(inner);
    if (!plural) {
      const name = inner.trim();
      out += name in params ? show(params[name], locale) : `{${name}}`;
      continue;
    }
    const n = Number(params[plural[1]] ?? 0);
    const forms = branches(plural[2]);
    const category = new Intl.PluralRules(locale === 'ko' ? 'ko-KR' : 'en-US').select(n);
    const body = forms.get(`=${n}`) ?? forms.get(category) ?? forms.get('other') ?? '';
    out += formatMessage(body, params, locale).replace(/#/g, show(n, locale));
  }
  return out + template.slice(at);
}
