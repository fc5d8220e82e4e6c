// The two languages stay complete and in step: same keys, no blanks, the same parameters in both texts of a key.
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, formatMessage, getLocale, paramNames, pickLocale, setLocale, t } from '../../../src/core/i18n';

const keys = (o: object) => Object.keys(o).sort();

describe('the catalogue', () => {
  it('has the same keys in English and Korean', () => {
    expect(keys(catalogue.ko)).toEqual(keys(catalogue.en));
    expect(keys(catalogue.en).length).toBeGreaterThan(200);
  });

  it.each(['en', 'ko'] as const)('has no empty text in %s', (locale) => {
    const empty = Object.entries(catalogue[locale]).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('uses the same parameters in both texts of every key', () => {
    const differ = keys(catalogue.en).filter(
      (key) => paramNames(catalogue.en[key as keyof typeof catalogue.en]).join() !== paramNames(catalogue.ko[key as keyof typeof catalogue.ko]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('leaves no unmatched braces that would print as text', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const [key, text] of Object.entries(catalogue[locale])) {
        const open = [...text].filter((c) => c === '{').length;
        const close = [...text].filter((c) => c === '}').length;
        expect(open, `${locale} ${key}`).toBe(close);
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills named parameters and formats numbers for the language', () => {
    expect(formatMessage('{a} and {b}', { a: 'x', b: 10_000 }, 'en')).toBe('x and 10,000');
    expect(formatMessage('{missing}', {}, 'en')).toBe('{missing}');
  });

  it('picks English plural forms and ignores them where Korean has one form', () => {
    const text = '{n} {n, plural, one {thread} other {threads}}';
    expect(formatMessage(text, { n: 1 }, 'en')).toBe('1 thread');
    expect(formatMessage(text, { n: 4 }, 'en')).toBe('4 threads');
    expect(formatMessage('{n, plural, =0 {none} other {# panels}}', { n: 0 }, 'en')).toBe('none');
    expect(formatMessage('스레드 {n, plural, other {#개}}', { n: 1 }, 'ko')).toBe('스레드 1개');
  });

  it('reads parameters inside plural branches', () => {
    expect(paramNames('{a} {n, plural, one {# of {b}} other {{c}}}')).toEqual(['a', 'b', 'c', 'n']);
  });
});

describe('the UI language', () => {
  afterEach(() => setLocale('en'));

  it('follows the first Korean or English entry of the browser languages', () => {
    expect(pickLocale(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLocale(['fr-FR', 'ko'])).toBe('ko');
    expect(pickLocale(['en-GB', 'ko-KR'])).toBe('en');
    expect(pickLocale(['ja-JP', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['kok-IN'])).toBe('en');
  });

  it('switches every later text', () => {
    expect(getLocale()).toBe('en');
    expect(t('controls.generate')).toBe('Generate strip');
    setLocale('ko');
    expect(t('controls.generate')).toBe('스트립 그리기');
    expect(t('strip.summary', { drawn: 1, total: 3 })).toBe('패널 3개 중 1개 완성');
  });
});
