// Line breaking for balloons: Korean by word (keep-all), English by word, overlong words by character, forced
// breaks; the cut that keeps 10,000 characters from freezing the page.
import { describe, expect, it } from 'vitest';
import {
  MAX_BALLOON_LINES, MAX_BALLOON_TEXT, balancedLines, breakLines, clampBalloonText, widestLine,
} from '../../../src/features/lettering/shared/text-layout';
import { countingMeasure, fakeMeasure } from './fake-measure';

const F = '400 10px "Nanum Gothic", sans-serif'; // Hangul 10 px, Latin 5 px, space 2.5 px
const lines = (text: string, width: number) => breakLines(text, width, F, fakeMeasure);

describe('breakLines', () => {
  it('breaks Korean only between words (keep-all), never inside one that fits', () => {
    expect(lines('안녕하세요 반갑습니다 오늘은', 60)).toEqual(['안녕하세요', '반갑습니다', '오늘은']);
    expect(lines('민지야 오늘 학교 끝나고 같이 갈래', 70)).toEqual(['민지야 오늘', '학교 끝나고', '같이 갈래']);
  });

  it('breaks English between words, filling each line', () => {
    expect(lines('the quick brown fox', 50)).toEqual(['the quick', 'brown fox']);
    expect(lines('the quick brown fox', 1000)).toEqual(['the quick brown fox']);
  });

  it('breaks a word wider than the line between characters, the rest starting the next line', () => {
    expect(lines('supercalifragilistic ok', 30)).toEqual(['superc', 'alifra', 'gilist', 'ic ok']);
    expect(lines('가나다라마바사아자차', 35)).toEqual(['가나다', '라마바', '사아자', '차']);
  });

  it('never splits a grapheme (an emoji with its skin tone, a ZWJ family)', () => {
    expect(lines('👍🏽👍🏽👍🏽', 25)).toEqual(['👍🏽', '👍🏽', '👍🏽']);
    const family = '👨‍👩‍👧';
    expect(lines(`${family}${family}`, 10).every((l) => l === family)).toBe(true);
  });

  it('keeps forced breaks, blank lines included, for LF, CRLF and CR', () => {
    expect(lines('a\nb', 1000)).toEqual(['a', 'b']);
    expect(lines('a\r\n\r\nb\rc', 1000)).toEqual(['a', '', 'b', 'c']);
    expect(lines('', 100)).toEqual(['']);
  });

  it('collapses runs of spaces and trims lines; a no-break space joins words', () => {
    expect(lines('  a   b  ', 1000)).toEqual(['a b']);
    expect(lines('Mr.\u00a0Kim says hi', 40)).toEqual(['Mr.\u00a0Kim', 'says hi']);
  });

  it('treats a width of zero or NaN without hanging: one character per line, or no wrap', () => {
    expect(lines('abc', 0)).toEqual(['a', 'b', 'c']);
    expect(lines('a b c', Number.NaN)).toEqual(['a b c']);
  });
});

describe('balancedLines', () => {
  it('evens the lines out at the same line count', () => {
    const text = 'one two three four five six';
    expect(lines(text, 120)).toEqual(['one two three four five', 'six']);
    const even = balancedLines(text, 120, F, fakeMeasure);
    expect(even).toEqual(['one two three', 'four five six']);
    expect(widestLine(even, F, fakeMeasure)).toBe(60);
  });

  it('leaves a single line alone', () => {
    expect(balancedLines('hello there', 1000, F, fakeMeasure)).toEqual(['hello there']);
  });
});

describe('clampBalloonText', () => {
  it('keeps ordinary text as it is', () => {
    expect(clampBalloonText('안녕!\n잘 가')).toEqual({ text: '안녕!\n잘 가', truncated: false });
  });

  it('cuts 10,000 characters to MAX_BALLOON_TEXT with a mark, reading no further', () => {
    const r = clampBalloonText('가'.repeat(10_000));
    expect(r.truncated).toBe(true);
    expect([...r.text]).toHaveLength(MAX_BALLOON_TEXT + 1);
    expect(r.text.endsWith('…')).toBe(true);
  });

  it('cuts at MAX_BALLOON_LINES forced lines', () => {
    const r = clampBalloonText('a\n'.repeat(5000));
    expect(r.truncated).toBe(true);
    expect(r.text.split('\n').length).toBeLessThanOrEqual(MAX_BALLOON_LINES);
  });

  it('never leaves half an emoji at the cut, and makes control characters spaces', () => {
    const r = clampBalloonText('😀'.repeat(MAX_BALLOON_TEXT + 10));
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(r.text)).toBe(false);
    expect(clampBalloonText('a\u0000b\tc\r\nd').text).toBe('a b c\nd');
  });

  it('lays out 10,000 characters in a few milliseconds of measuring', () => {
    const { measure, calls } = countingMeasure();
    const started = performance.now();
    const text = clampBalloonText(`${'가나다라 '.repeat(2000)}`).text;
    const out = balancedLines(text, 270, F, measure);
    expect(out.length).toBeGreaterThan(10);
    expect(calls()).toBeLessThan(50_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
